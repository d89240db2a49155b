package io.deliveryhub.resources.allocation;

import static io.deliveryhub.platform.security.Roles.DELIVERY_MANAGER;
import static io.deliveryhub.platform.security.Roles.HEAD_OF_DELIVERY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.problem.Unprocessable;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.security.ProjectStakes;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.MergePatch;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.resources.availability.BookedHours;
import io.deliveryhub.resources.availability.Bookings;
import io.deliveryhub.resources.calendar.IsoWeek;
import io.deliveryhub.resources.calendar.PersonCalendars;
import io.deliveryhub.resources.exchangerate.KnownExchangeRates;
import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.project.KnownProject;
import io.deliveryhub.resources.project.ProjectEnded;
import io.quarkus.panache.common.Parameters;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Books people (or placeholder roles) on projects; HARD bookings are checked against capacity. */
@ApplicationScoped
public class AllocationService {

    static final String SYSTEM_ACTOR = "resources-service";
    private static final Set<String> IMMUTABLE = Set.of("id", "projectId", "status", "version", "createdAt",
            "updatedAt", "overallocated", "overallocatedWeeks");
    private static final Map<String, String> SORTABLE = Map.of("from", "terms.fromDate", "to", "terms.toDate",
            "hoursPerWeek", "terms.hoursPerWeek", "createdAt", "createdAt");

    private final Outbox outbox;
    private final BaseCurrency currency;
    private final KnownExchangeRates exchangeRates;
    private final MergePatch mergePatch;
    private final PersonCalendars calendars;
    private final Bookings bookings;
    private final ProjectStakes stakes;
    private final PersonOverallocations overallocations;
    private final Clock clock;

    public AllocationService(Outbox outbox, BaseCurrency currency, KnownExchangeRates exchangeRates,
            MergePatch mergePatch, PersonCalendars calendars, Bookings bookings, ProjectStakes stakes,
            PersonOverallocations overallocations, Clock clock) {
        this.outbox = outbox;
        this.currency = currency;
        this.exchangeRates = exchangeRates;
        this.mergePatch = mergePatch;
        this.calendars = calendars;
        this.bookings = bookings;
        this.stakes = stakes;
        this.overallocations = overallocations;
        this.clock = clock;
    }

    @Transactional
    public AllocationView create(UUID projectId, AllocationFields fields, boolean allowOverallocation, Actor actor) {
        KnownProject project = KnownProject.requireOpen(projectId, "allocations");
        stakes.require(project.people(), project.key);
        Allocation allocation = new Allocation();
        allocation.stampCreated(clock.instant());
        allocation.projectId = projectId;
        allocation.status = AllocationStatus.ACTIVE;
        write(allocation, fields, allowOverallocation, actor);
        allocation.persist();
        AllocationView view = AllocationView.of(allocation);
        outbox.publish(AllocationEvents.of(AllocationEvents.CREATED, view, allocation.createdAt,
                AggregateChange.created(allocation.version, actor.name(), view)));
        recount(allocation.terms.personId, actor.name());
        return view;
    }

    public AllocationView get(UUID id) {
        return AllocationView.of(find(id));
    }

    public ResultPage<AllocationView> list(PageRequest page, AllocationFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        conditions.add("status = :status");
        parameters.and("status", filter.status() == null ? AllocationStatus.ACTIVE : filter.status());
        if (filter.personId() != null) {
            conditions.add("terms.personId = :personId");
            parameters.and("personId", filter.personId());
        }
        if (filter.projectId() != null) {
            conditions.add("projectId = :projectId");
            parameters.and("projectId", filter.projectId());
        }
        if (filter.from() != null) {
            conditions.add("terms.toDate >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("terms.fromDate <= :to");
            parameters.and("to", filter.to());
        }
        if (filter.booking() != null) {
            conditions.add("terms.booking = :booking");
            parameters.and("booking", filter.booking());
        }
        var query = Allocation.<Allocation> find(String.join(" and ", conditions), page.toSort(SORTABLE, "terms.fromDate"),
                parameters);
        return ResultPage.of(query, page, AllocationView::of);
    }

    /**
     * JSON merge patch of the allocation's fields. {@code allowOverallocation} may also come in the patch body;
     * it is an instruction, not a field, and is taken out before the patch is applied.
     */
    @Transactional
    public AllocationView patch(UUID id, String ifMatch, JsonNode patch, boolean allowOverallocation, Actor actor) {
        Allocation allocation = lockForChange(id);
        ETags.requireMatch(ifMatch, allocation.version);
        requireActive(allocation);
        boolean allow = allowOverallocation;
        if (patch instanceof ObjectNode body && body.has("allowOverallocation")) {
            allow = allow || body.path("allowOverallocation").asBoolean(false);
            patch = body.deepCopy().without("allowOverallocation");
        }
        requireMayBook(allocation.terms.booking, actor);
        AllocationFields current = AllocationFields.of(allocation);
        return rewrite(allocation, mergePatch.apply(current, patch, AllocationFields.class, IMMUTABLE).normalized(),
                allow, actor);
    }

    /**
     * Changes an allocation to fields decided elsewhere (a scenario being applied), with the checks and events of a
     * PATCH; the caller's transaction decides whether it commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AllocationView change(UUID id, AllocationFields fields, boolean allowOverallocation, Actor actor) {
        Allocation allocation = lockForChange(id);
        requireActive(allocation);
        requireMayBook(allocation.terms.booking, actor);
        return rewrite(allocation, fields.normalized(), allowOverallocation, actor);
    }

    /**
     * The checks an allocation's fields must pass before any capacity is looked at, for a change that is only
     * planned (a scenario's): the same 400 and 422 answers a booking would get.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(UUID projectId, AllocationFields fields) {
        validate(fields);
        AllocationFields normalized = fields.normalized();
        requirePricing(normalized);
        KnownProject.requireOpen(projectId, "allocations");
        if (normalized.personId() != null) {
            requirePerson(normalized.personId(), LockModeType.NONE).requireActive(normalized.from(), normalized.to(),
                    "an allocation from " + normalized.from() + " to " + normalized.to());
        }
    }

    /** The allocations with these ids, released ones included; locked, as a change to them is about to be made. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AllocationView> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Allocation.<Allocation> find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE)
                .list().stream().map(AllocationView::of).toList();
    }

    /** The allocations with these ids, released ones included. */
    public List<AllocationView> all(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Allocation.<Allocation> list("id in ?1", ids).stream().map(AllocationView::of).toList();
    }

    /**
     * Active allocations of any of these projects and people (an empty collection: any) overlapping [from, to] (null:
     * open-ended), at most {@code limit} of them, oldest first.
     */
    public List<AllocationView> active(Collection<UUID> projects, Collection<UUID> people, LocalDate from,
            LocalDate to, int limit) {
        List<String> conditions = new ArrayList<>(List.of("status = :status"));
        Parameters parameters = Parameters.with("status", AllocationStatus.ACTIVE);
        if (!projects.isEmpty()) {
            conditions.add("projectId in :projects");
            parameters.and("projects", projects);
        }
        if (!people.isEmpty()) {
            conditions.add("terms.personId in :people");
            parameters.and("people", people);
        }
        if (from != null) {
            conditions.add("terms.toDate >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            conditions.add("terms.fromDate <= :to");
            parameters.and("to", to);
        }
        return Allocation.<Allocation> find(String.join(" and ", conditions) + " order by createdAt, id", parameters)
                .range(0, limit - 1).list().stream().map(AllocationView::of).toList();
    }

    /** Project first, then allocation: the order a closing project takes them in, so the two never deadlock. */
    private Allocation lockForChange(UUID id) {
        KnownProject project = KnownProject.requireOpen(projectOf(id), "allocations");
        stakes.require(project.people(), project.key);
        return lock(id);
    }

    private static void requireActive(Allocation allocation) {
        if (allocation.status == AllocationStatus.RELEASED) {
            throw new Conflict("allocation-released", "Allocation " + allocation.id
                    + " has been released and cannot change; create a new allocation instead");
        }
    }

    private AllocationView rewrite(Allocation allocation, AllocationFields changed, boolean allow, Actor actor) {
        if (changed.equals(AllocationFields.of(allocation))) {
            return AllocationView.of(allocation);
        }
        AllocationView before = AllocationView.of(allocation);
        write(allocation, changed, allow, actor);
        allocation.stampChanged(clock.instant());
        AllocationView after = AllocationView.of(allocation);
        outbox.publish(AllocationEvents.of(AllocationEvents.UPDATED, after, allocation.updatedAt,
                AggregateChange.updated(allocation.version, actor.name(), before, after)));
        recount(before.personId(), actor.name());
        if (!Objects.equals(before.personId(), allocation.terms.personId)) {
            recount(allocation.terms.personId, actor.name());
        }
        return after;
    }

    /** Releasing twice is harmless: the second time finds it released and changes nothing. */
    @Transactional
    public void release(UUID id, String ifMatch, Actor actor) {
        KnownProject project = KnownProject.findById(projectOf(id));
        stakes.require(project.people(), project.key);
        Allocation allocation = lock(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, allocation.version);
        }
        requireMayBook(allocation.terms.booking, actor);
        if (allocation.status == AllocationStatus.ACTIVE) {
            release(allocation, actor.name());
        }
    }

    /**
     * When a project is cancelled or closed its SOFT allocations are released and its HARD ones end on that
     * date (released outright when they had not started by then). Runs inside the project event's inbox
     * transaction; a replay finds nothing left to change.
     */
    void endWithProject(@Observes ProjectEnded ended) {
        List<Allocation> active = Allocation.<Allocation> find("projectId = ?1 and status = ?2", ended.projectId(),
                AllocationStatus.ACTIVE).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (Allocation allocation : active) {
            if (allocation.terms.booking == Booking.SOFT || allocation.terms.fromDate.isAfter(ended.on())) {
                release(allocation, SYSTEM_ACTOR);
            } else if (allocation.terms.toDate.isAfter(ended.on())) {
                AllocationView before = AllocationView.of(allocation);
                allocation.terms.toDate = ended.on();
                allocation.stampChanged(clock.instant());
                AllocationView after = AllocationView.of(allocation);
                outbox.publish(AllocationEvents.of(AllocationEvents.UPDATED, after, allocation.updatedAt,
                        AggregateChange.updated(allocation.version, SYSTEM_ACTOR, before, after)));
                recount(allocation.terms.personId, SYSTEM_ACTOR);
            }
        }
    }

    private void write(Allocation allocation, AllocationFields requested, boolean allowOverallocation, Actor actor) {
        validate(requested);
        AllocationFields fields = requested.normalized();
        requireMayBook(fields.booking(), actor);
        requirePricing(fields);
        KnownProject.requireOpen(allocation.projectId, "allocations");
        List<OverbookedWeek> overbooked = List.of();
        if (fields.personId() != null) {
            Person person = lockPerson(fields.personId());
            person.requireActive(fields.from(), fields.to(),
                    "an allocation from " + fields.from() + " to " + fields.to());
            if (fields.booking() == Booking.HARD) {
                overbooked = overbookedWeeks(person, fields, allocation.id);
                if (!overbooked.isEmpty() && !allowOverallocation) {
                    throw overallocation(person, overbooked);
                }
            }
        }
        allocation.terms.write(fields);
        allocation.overallocatedWeeks = AllocationView.writeWeeks(overbooked);
    }

    private static void validate(AllocationFields fields) {
        if ((fields.personId() == null) == (fields.placeholderRole() == null || fields.placeholderRole().isBlank())) {
            throw BadRequest.ofField("personId", "give exactly one of personId and placeholderRole");
        }
        if (fields.to().isBefore(fields.from())) {
            throw BadRequest.ofField("to", "must not be before from");
        }
    }

    /**
     * A named allocation costs what its person costs, so only a placeholder carries a cost rate to price it by;
     * the rates written on one must be convertible from the day it starts.
     */
    private void requirePricing(AllocationFields fields) {
        if (fields.costRate() != null && fields.personId() != null) {
            throw new Unprocessable("rates-only-on-placeholders", "costRate prices a placeholder allocation; a named"
                    + " allocation costs at its person's cost rate, leave costRate out");
        }
        currency.requireConvertible(fields.billRate(), fields.from(), exchangeRates, "billRate");
        currency.requireConvertible(fields.costRate(), fields.from(), exchangeRates, "costRate");
    }

    /** HARD bookings commit people: only delivery managers and the head of delivery make them (docs/access.md). */
    private static void requireMayBook(Booking booking, Actor actor) {
        if (booking == Booking.HARD && !actor.hasAnyRole(DELIVERY_MANAGER, HEAD_OF_DELIVERY)) {
            throw new ForbiddenException("HARD bookings need DELIVERY_MANAGER or HEAD_OF_DELIVERY");
        }
    }

    /** The person's row lock serialises HARD bookings of one person, so two at once cannot both slip through. */
    private static Person lockPerson(UUID personId) {
        return requirePerson(personId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static Person requirePerson(UUID personId, LockModeType lock) {
        Person person = Person.findById(personId, lock);
        if (person == null) {
            throw new Unprocessable("unknown-person", "personId " + personId + " is not a known person");
        }
        return person;
    }

    private List<OverbookedWeek> overbookedWeeks(Person person, AllocationFields fields, UUID except) {
        LocalDate monday = IsoWeek.of(fields.from()).monday();
        LocalDate sunday = IsoWeek.of(fields.to()).sunday();
        return Overallocation.weeks(calendars.of(person, monday, sunday),
                bookings.of(person.id, monday, sunday, except).hard(),
                new BookedHours(fields.from(), fields.to(), fields.hoursPerWeek()));
    }

    private static Conflict overallocation(Person person, List<OverbookedWeek> weeks) {
        String listed = weeks.stream().map(w -> w.week() + " (" + w.bookedHours() + " h booked, capacity "
                + w.capacityHours() + " h)").collect(Collectors.joining(", "));
        return new Conflict("overallocation", person.name + " would be over-allocated in " + listed
                + ". Reduce the hours or the period, or book again with allowOverallocation=true to accept it",
                Map.of("weeks", weeks));
    }

    private void release(Allocation allocation, String actor) {
        AllocationView before = AllocationView.of(allocation);
        allocation.status = AllocationStatus.RELEASED;
        allocation.stampChanged(clock.instant());
        AllocationView after = AllocationView.of(allocation);
        outbox.publish(AllocationEvents.of(AllocationEvents.RELEASED, after, allocation.updatedAt,
                AggregateChange.updated(allocation.version, actor, before, after)));
        recount(allocation.terms.personId, actor);
    }

    /** A named person's bookings changed: their over-allocated weeks may have too (placeholders have none). */
    private void recount(UUID personId, String actor) {
        if (personId != null) {
            overallocations.recount(personId, actor);
        }
    }

    private static UUID projectOf(UUID id) {
        return Allocation.getEntityManager()
                .createQuery("select a.projectId from Allocation a where a.id = :id", UUID.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("Allocation", id));
    }

    private static Allocation find(UUID id) {
        return Allocation.<Allocation> findByIdOptional(id).orElseThrow(() -> new NotFound("Allocation", id));
    }

    private static Allocation lock(UUID id) {
        Allocation allocation = Allocation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (allocation == null) {
            throw new NotFound("Allocation", id);
        }
        return allocation;
    }
}
