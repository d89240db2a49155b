package io.deliveryhub.resources.certification;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.resources.ResourcesTopic;
import io.deliveryhub.resources.person.Person;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CertificationService {

    static final String ADDED = "deliveryhub.certification.added.v1";
    static final String REMOVED = "deliveryhub.certification.removed.v1";

    private final Outbox outbox;
    private final Clock clock;

    public CertificationService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<CertificationView> list(UUID personId) {
        requirePerson(personId);
        return Certification.<Certification> list("personId", Sort.by("name").and("issuedOn"), personId).stream()
                .map(CertificationView::of).toList();
    }

    @Transactional
    public CertificationView add(UUID personId, CertificationRequest request, String actor) {
        requirePerson(personId);
        if (request.issuedOn() != null && request.expiresOn() != null && request.expiresOn().isBefore(request.issuedOn())) {
            throw BadRequest.ofField("expiresOn", "must not be before issuedOn");
        }
        Certification certification = new Certification();
        certification.stampCreated(clock.instant());
        certification.personId = personId;
        certification.name = request.name().strip();
        certification.issuer = request.issuer();
        certification.issuedOn = request.issuedOn();
        certification.expiresOn = request.expiresOn();
        certification.persist();
        CertificationView view = CertificationView.of(certification);
        outbox.publish(ResourcesTopic.event(ADDED, personId, certification.id, certification.createdAt,
                AggregateChange.created(certification.version, actor, view)));
        return view;
    }

    @Transactional
    public void remove(UUID personId, UUID id, String actor) {
        Certification certification = Certification.<Certification> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.personId.equals(personId))
                .orElseThrow(() -> new NotFound("Certification", id));
        CertificationView before = CertificationView.of(certification);
        certification.stampChanged(clock.instant());
        outbox.publish(ResourcesTopic.event(REMOVED, personId, certification.id, certification.updatedAt,
                AggregateChange.updated(certification.version, actor, before, CertificationView.of(certification))));
        certification.delete();
    }

    private static void requirePerson(UUID personId) {
        if (Person.findByIdOptional(personId).isEmpty()) {
            throw new NotFound("Person", personId);
        }
    }
}
