package io.deliveryhub.resources.person;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.problem.Unprocessable;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.MergePatch;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.resources.ResourcesTopic;
import io.deliveryhub.resources.allocation.PersonOverallocations;
import io.quarkus.panache.common.Parameters;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PersonService {

    static final String PERSON_CREATED = "deliveryhub.person.created.v1";
    static final String PERSON_UPDATED = "deliveryhub.person.updated.v1";
    private static final Set<String> NOT_PATCHABLE = Set.of("id", "version", "createdAt", "updatedAt");
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "email", "email", "title", "title",
            "practice", "practice", "createdAt", "createdAt");

    private final Outbox outbox;
    private final MergePatch mergePatch;
    private final PersonOverallocations overallocations;
    private final Clock clock;

    public PersonService(Outbox outbox, MergePatch mergePatch, PersonOverallocations overallocations, Clock clock) {
        this.overallocations = overallocations;
        this.outbox = outbox;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    public PersonView create(PersonRequest request, String actor) {
        validate(request, null);
        requireUniqueEmail(request.email(), null);
        Person person = new Person();
        person.stampCreated(clock.instant());
        apply(request, person);
        person.persist();
        PersonView view = PersonView.of(person);
        outbox.publish(ResourcesTopic.event(PERSON_CREATED, person.id, person.id, person.createdAt,
                AggregateChange.created(person.version, actor, view)));
        return view;
    }

    @Transactional
    public PersonView patch(UUID id, JsonNode patch, String ifMatch, String actor) {
        Person person = Person.<Person> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Person", id));
        ETags.requireMatch(ifMatch, person.version);
        PersonView before = PersonView.of(person);
        PersonRequest changed = mergePatch.apply(PersonRequest.of(person), patch, PersonRequest.class, NOT_PATCHABLE);
        validate(changed, id);
        if (!changed.email().equalsIgnoreCase(person.email)) {
            requireUniqueEmail(changed.email(), id);
        }
        apply(changed, person);
        PersonView after = PersonView.of(person);
        if (after.equals(before)) {
            return before;
        }
        person.stampChanged(clock.instant());
        after = PersonView.of(person);
        outbox.publish(ResourcesTopic.event(PERSON_UPDATED, person.id, person.id, person.updatedAt,
                AggregateChange.updated(person.version, actor, before, after)));
        overallocations.recount(person.id, actor);
        return after;
    }

    public PersonView get(UUID id) {
        return PersonView.of(find(id));
    }

    public Person find(UUID id) {
        return Person.<Person> findByIdOptional(id).orElseThrow(() -> new NotFound("Person", id));
    }

    public ResultPage<PersonView> list(PageRequest page, PersonFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.practice() != null && !filter.practice().isBlank()) {
            conditions.add("lower(practice) = :practice");
            parameters.and("practice", filter.practice().strip().toLowerCase());
        }
        if (filter.title() != null && !filter.title().isBlank()) {
            conditions.add("lower(title) = :title");
            parameters.and("title", filter.title().strip().toLowerCase());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("(lower(name) like :q or lower(email) like :q)");
            parameters.and("q", "%" + filter.q().strip().toLowerCase() + "%");
        }
        if (filter.active() != null) {
            String activeToday = "((activeFrom is null or activeFrom <= :today) and (activeTo is null or activeTo >= :today))";
            conditions.add(filter.active() ? activeToday : "not " + activeToday);
            parameters.and("today", filter.today());
        }
        var sort = page.toSort(SORTABLE, "name");
        var query = conditions.isEmpty()
                ? Person.<Person> findAll(sort)
                : Person.<Person> find(String.join(" and ", conditions), sort, parameters);
        return ResultPage.of(query, page, PersonView::of);
    }

    private void validate(PersonRequest request, UUID self) {
        if (request.activeFrom() != null && request.activeTo() != null
                && request.activeTo().isBefore(request.activeFrom())) {
            throw BadRequest.ofField("activeTo", "must not be before activeFrom");
        }
        if (request.timezone() != null) {
            try {
                ZoneId.of(request.timezone());
            } catch (DateTimeException e) {
                throw BadRequest.ofField("timezone", "must be an IANA time zone such as Europe/Berlin");
            }
        }
        if (request.managerId() != null) {
            if (request.managerId().equals(self)) {
                throw new Unprocessable("invalid-manager", "A person cannot be their own manager");
            }
            if (Person.findByIdOptional(request.managerId()).isEmpty()) {
                throw new Unprocessable("unknown-person", "managerId " + request.managerId() + " is not a known person");
            }
        }
    }

    private void requireUniqueEmail(String email, UUID self) {
        long others = self == null
                ? Person.count("lower(email) = ?1", email.strip().toLowerCase())
                : Person.count("lower(email) = ?1 and id <> ?2", email.strip().toLowerCase(), self);
        if (others > 0) {
            throw new Conflict("duplicate-email", "A person with email " + email.strip()
                    + " already exists; emails are unique (whatever their case): change that person instead");
        }
    }

    private static void apply(PersonRequest request, Person person) {
        person.name = request.name().strip();
        person.email = request.email().strip();
        person.title = request.title();
        person.practice = request.practice();
        person.location = request.location();
        person.timezone = request.timezone();
        person.employmentType = request.employmentType();
        person.capacityHoursPerWeek = (request.capacityHoursPerWeek() == null ? PersonRequest.DEFAULT_CAPACITY
                : request.capacityHoursPerWeek()).setScale(2, RoundingMode.HALF_EVEN);
        person.activeFrom = request.activeFrom();
        person.activeTo = request.activeTo();
        person.managerId = request.managerId();
    }
}
