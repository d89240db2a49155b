package io.deliveryhub.resources.timeoff;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.MergePatch;
import io.deliveryhub.resources.ResourcesTopic;
import io.deliveryhub.resources.allocation.PersonOverallocations;
import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.person.PersonAccess;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class TimeOffService {

    static final String RECORDED = "deliveryhub.time-off.recorded.v1";
    static final String UPDATED = "deliveryhub.time-off.updated.v1";
    static final String CANCELLED = "deliveryhub.time-off.cancelled.v1";
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private static final Set<String> NOT_PATCHABLE = Set.of("id", "personId", "version", "createdAt", "updatedAt");

    private final Outbox outbox;
    private final MergePatch mergePatch;
    private final PersonAccess access;
    private final PersonOverallocations overallocations;
    private final Clock clock;

    public TimeOffService(Outbox outbox, MergePatch mergePatch, PersonAccess access,
            PersonOverallocations overallocations, Clock clock) {
        this.overallocations = overallocations;
        this.outbox = outbox;
        this.mergePatch = mergePatch;
        this.access = access;
        this.clock = clock;
    }

    /** Time off overlapping [from, to] (either may be open), in date order; why, only to those who may know. */
    public List<TimeOffView> list(UUID personId, LocalDate from, LocalDate to) {
        if (Person.findByIdOptional(personId).isEmpty()) {
            throw new NotFound("Person", personId);
        }
        Parameters parameters = Parameters.with("personId", personId);
        String query = "personId = :personId";
        if (from != null) {
            query += " and toDate >= :from";
            parameters.and("from", from);
        }
        if (to != null) {
            query += " and fromDate <= :to";
            parameters.and("to", to);
        }
        boolean details = access.seesTimeOffDetailsOf(personId);
        return TimeOff.<TimeOff> list(query, Sort.by("fromDate"), parameters).stream().map(TimeOffView::of)
                .map(view -> details ? view : view.withoutDetails()).toList();
    }

    @Transactional
    public TimeOffView record(UUID personId, TimeOffRequest request, String actor) {
        Person person = Person.<Person> findByIdOptional(personId).orElseThrow(() -> new NotFound("Person", personId));
        TimeOff timeOff = new TimeOff();
        timeOff.stampCreated(clock.instant());
        timeOff.personId = personId;
        write(timeOff, request, person);
        timeOff.persist();
        outbox.publish(ResourcesTopic.event(RECORDED, personId, timeOff.id, timeOff.createdAt,
                AggregateChange.created(timeOff.version, actor, TimeOffState.of(timeOff))));
        overallocations.recount(personId, actor);
        return TimeOffView.of(timeOff);
    }

    /** JSON merge patch of the period, type, hours per day or note; removing hoursPerDay means a full day again. */
    @Transactional
    public TimeOffView patch(UUID personId, UUID id, String ifMatch, JsonNode patch, String actor) {
        Person person = Person.<Person> findByIdOptional(personId).orElseThrow(() -> new NotFound("Person", personId));
        TimeOff timeOff = lock(personId, id);
        ETags.requireMatch(ifMatch, timeOff.version);
        TimeOffState before = TimeOffState.of(timeOff);
        TimeOffRequest current = new TimeOffRequest(timeOff.fromDate, timeOff.toDate, timeOff.type,
                timeOff.hoursPerDay, timeOff.note);
        write(timeOff, mergePatch.apply(current, patch, TimeOffRequest.class, NOT_PATCHABLE), person);
        if (TimeOffState.of(timeOff).equals(before)) {
            return TimeOffView.of(timeOff);
        }
        timeOff.stampChanged(clock.instant());
        outbox.publish(ResourcesTopic.event(UPDATED, personId, timeOff.id, timeOff.updatedAt,
                AggregateChange.updated(timeOff.version, actor, before, TimeOffState.of(timeOff))));
        overallocations.recount(personId, actor);
        return TimeOffView.of(timeOff);
    }

    @Transactional
    public void cancel(UUID personId, UUID id, String actor) {
        TimeOff timeOff = lock(personId, id);
        TimeOffState before = TimeOffState.of(timeOff);
        timeOff.stampChanged(clock.instant());
        outbox.publish(ResourcesTopic.event(CANCELLED, personId, timeOff.id, timeOff.updatedAt,
                AggregateChange.updated(timeOff.version, actor, before, TimeOffState.of(timeOff))));
        timeOff.delete();
        overallocations.recount(personId, actor);
    }

    private static TimeOff lock(UUID personId, UUID id) {
        return TimeOff.<TimeOff> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(t -> t.personId.equals(personId))
                .orElseThrow(() -> new NotFound("Time off", id));
    }

    private static void write(TimeOff timeOff, TimeOffRequest request, Person person) {
        if (request.to().isBefore(request.from())) {
            throw BadRequest.ofField("to", "must not be before from");
        }
        // A full day off by default: what the person would have worked that day.
        BigDecimal hoursPerDay = request.hoursPerDay() != null ? request.hoursPerDay().setScale(2, RoundingMode.HALF_EVEN)
                : person.capacityHoursPerWeek.divide(FIVE, 2, RoundingMode.HALF_EVEN);
        if (hoursPerDay.signum() <= 0) {
            throw BadRequest.ofField("hoursPerDay", "is required for a person without weekly capacity");
        }
        timeOff.fromDate = request.from();
        timeOff.toDate = request.to();
        timeOff.type = request.type();
        timeOff.hoursPerDay = hoursPerDay;
        timeOff.note = request.note();
    }
}
