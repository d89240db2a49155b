package io.deliveryhub.resources.timeentry;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.MergePatch;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.resources.ResourcesTopic;
import io.deliveryhub.resources.person.PersonAccess;
import io.deliveryhub.resources.rate.RateHistory;
import io.deliveryhub.resources.timeentry.TimeEntryRules.PersonOnFile;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

@ApplicationScoped
public class TimeEntryService {

    static final String RECORDED = "deliveryhub.time-entry.recorded.v1";
    static final String UPDATED = "deliveryhub.time-entry.updated.v1";
    static final String DECIDED = "deliveryhub.time-entry.decided.v1";
    private static final Map<String, String> SORTABLE = Map.of("date", "date", "createdAt", "createdAt",
            "hours", "hours", "status", "status");

    /** Fields an entry keeps for good; naming one in a patch is a 400. */
    private static final Set<String> NOT_PATCHABLE = Set.of("id", "personId", "externalRef", "status", "cost",
            "costed", "decidedBy", "decidedAt", "decisionReason", "version", "createdAt", "updatedAt");

    private final Outbox outbox;
    private final MergePatch mergePatch;
    private final PersonAccess access;
    private final TimeEntryAccess entryAccess;
    private final Clock clock;

    public TimeEntryService(Outbox outbox, MergePatch mergePatch, PersonAccess access, TimeEntryAccess entryAccess,
            Clock clock) {
        this.outbox = outbox;
        this.mergePatch = mergePatch;
        this.access = access;
        this.entryAccess = entryAccess;
        this.clock = clock;
    }

    /** The caller has been checked to be this person or one who may record anyone's time. */
    @Transactional
    public TimeEntryView record(TimeEntryRequest request, String actor) {
        // The person's row lock serializes entries of one person, so two requests cannot both fill a day.
        SingleEntryStore.LockedDay locked = store().lockPersonAndReadDay(request.personId(), request.date(),
                request.projectId(), request.externalRef());
        SingleEntryStore.Day day = requireAdmitted(request.personId(), locked.person().orElse(null),
                request.projectId(), request.date(), locked.day());
        if (day.referenceTaken()) {
            throw new Conflict("duplicate-external-ref", "An entry with externalRef " + request.externalRef().system()
                    + "/" + request.externalRef().id() + " already exists; the batch import updates entries by reference");
        }
        requireFits(request.date(), day.logged(), request.hours());
        TimeEntry entry = new TimeEntry();
        entry.stampCreated(clock.instant());
        entry.personId = request.personId();
        entry.projectId = request.projectId();
        entry.date = request.date();
        entry.hours = request.hours();
        entry.billable = request.billableOrDefault();
        entry.description = request.description();
        if (request.externalRef() != null) {
            entry.externalSystem = request.externalRef().system();
            entry.externalId = request.externalRef().id();
        }
        entry.status = TimeEntryStatus.SUBMITTED;
        cost(entry, day.rates());
        entry.persist();
        TimeEntryView view = TimeEntryView.of(entry);
        outbox.publish(ResourcesTopic.event(RECORDED, entry.projectId, entry.id, entry.createdAt,
                AggregateChange.created(entry.version, actor, view)));
        return view;
    }

    /**
     * JSON merge patch of an entry's project, date, hours, billable flag or description. Only SUBMITTED and
     * REJECTED entries change (an approved entry is final); a change submits the entry again, costed anew.
     */
    @Transactional
    public TimeEntryView patch(UUID id, String ifMatch, JsonNode patch, String actor) {
        UUID personId = personOf(id);
        access.requireSelfOrManager(personId, "time entries");
        // Person, then entry: the order recording and importing take them in, so none of them deadlock.
        SingleEntryStore store = store();
        PersonOnFile person = store.lockPerson(personId).orElse(null);
        TimeEntry entry = TimeEntry.findById(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, entry.version);
        if (entry.status == TimeEntryStatus.APPROVED) {
            throw new Conflict("time-entry-approved", "Time entry " + id + " has been approved and cannot change; "
                    + "log a correcting entry, or ask a project manager to reject an entry before it is approved");
        }
        TimeEntryFields current = TimeEntryFields.of(entry);
        TimeEntryFields changed = mergePatch.apply(current, patch, TimeEntryFields.class, NOT_PATCHABLE).normalized();
        if (changed.equals(current)) {
            return TimeEntryView.of(entry);
        }
        SingleEntryStore.Day day = requireAdmitted(personId, person, changed.projectId(), changed.date(),
                person == null ? null : store.day(personId, changed.date(), changed.projectId(), id, null));
        requireFits(changed.date(), day.logged(), changed.hours());
        TimeEntryView before = TimeEntryView.of(entry);
        entry.projectId = changed.projectId();
        entry.date = changed.date();
        entry.hours = changed.hours();
        entry.billable = changed.billable();
        entry.description = changed.description();
        // What was approved or rejected is no longer what the entry says: it is submitted again.
        entry.status = TimeEntryStatus.SUBMITTED;
        entry.decidedBy = null;
        entry.decidedAt = null;
        entry.decisionReason = null;
        cost(entry, day.rates());
        entry.stampChanged(clock.instant());
        TimeEntryView after = TimeEntryView.of(entry);
        outbox.publish(ResourcesTopic.event(UPDATED, entry.projectId, entry.id, entry.updatedAt,
                AggregateChange.updated(entry.version, actor, before, after)));
        return after;
    }

    @Transactional
    public TimeEntryView decide(UUID id, DecisionRequest request, String actor) {
        if (request.decision() == TimeEntryStatus.SUBMITTED) {
            throw BadRequest.ofField("decision", "must be APPROVED or REJECTED");
        }
        if (request.decision() == TimeEntryStatus.REJECTED && (request.reason() == null || request.reason().isBlank())) {
            throw BadRequest.ofField("reason", "is required when rejecting, so the person knows what to fix");
        }
        TimeEntry entry = TimeEntry.<TimeEntry> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Time entry", id));
        entryAccess.requireMayDecide(entry);
        if (!entry.status.canBeDecidedAs(request.decision())) {
            throw new Conflict("illegal-transition", "Time entry " + id + " is " + entry.status
                    + "; only SUBMITTED entries can be approved or rejected (a changed entry is submitted again)");
        }
        TimeEntryView before = TimeEntryView.of(entry);
        entry.status = request.decision();
        entry.decidedBy = actor;
        entry.decidedAt = clock.instant();
        entry.decisionReason = request.reason();
        entry.stampChanged(entry.decidedAt);
        TimeEntryView after = TimeEntryView.of(entry);
        outbox.publish(ResourcesTopic.event(DECIDED, entry.projectId, entry.id, entry.updatedAt,
                AggregateChange.updated(entry.version, actor, before, after)));
        return after;
    }

    /**
     * Costs again the person's entries dated in [from, until) with their current rate history, publishing an
     * update for each entry whose cost changed. Returns how many changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recost(UUID personId, LocalDate from, LocalDate until, RateHistory history, String actor) {
        List<TimeEntry> entries = until == null
                ? TimeEntry.find("personId = ?1 and date >= ?2", personId, from)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                : TimeEntry.find("personId = ?1 and date >= ?2 and date < ?3", personId, from, until)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        int changed = 0;
        for (TimeEntry entry : entries) {
            TimeEntryView before = TimeEntryView.of(entry);
            cost(entry, history);
            if (Objects.equals(before.cost(), TimeEntryView.of(entry).cost())) {
                continue;
            }
            entry.stampChanged(clock.instant());
            outbox.publish(ResourcesTopic.event(UPDATED, entry.projectId, entry.id, entry.updatedAt,
                    AggregateChange.updated(entry.version, actor, before, TimeEntryView.of(entry))));
            changed++;
        }
        return changed;
    }

    /** An entry the caller may not see is answered as one that does not exist, so its id reveals nothing. */
    public TimeEntryView get(UUID id) {
        return TimeEntry.<TimeEntry> findByIdOptional(id).filter(entryAccess::sees).map(TimeEntryView::of)
                .orElseThrow(() -> new NotFound("Time entry", id));
    }

    public ResultPage<TimeEntryView> list(PageRequest page, TimeEntryFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.personId() != null) {
            conditions.add("personId = :personId");
            parameters.and("personId", filter.personId());
        }
        if (filter.projectId() != null) {
            conditions.add("projectId = :projectId");
            parameters.and("projectId", filter.projectId());
        }
        if (filter.from() != null) {
            conditions.add("date >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("date <= :to");
            parameters.and("to", filter.to());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        entryAccess.limitedTo().ifPresent(viewer -> {
            conditions.add("(personId = :viewer or projectId in (select k.id from KnownProject k"
                    + " where k.projectManagerId = :viewer or k.deliveryManagerId = :viewer))");
            parameters.and("viewer", viewer);
        });
        var sort = page.toSort(SORTABLE, "date").and("id");
        var query = conditions.isEmpty()
                ? TimeEntry.<TimeEntry> findAll(sort)
                : TimeEntry.<TimeEntry> find(String.join(" and ", conditions), sort, parameters);
        return ResultPage.of(query, page, TimeEntryView::of);
    }

    private static SingleEntryStore store() {
        return new SingleEntryStore(TimeEntry.getEntityManager().unwrap(Session.class));
    }

    /**
     * Refuses (422) an entry for an unknown ({@code null}) or inactive person, or on an unknown or closed project;
     * else returns the entry's day as {@link SingleEntryStore#day} read it once the person was locked.
     */
    private static SingleEntryStore.Day requireAdmitted(UUID personId, PersonOnFile person, UUID projectId,
            LocalDate date, SingleEntryStore.Day day) {
        Optional<TimeEntryRules.Refusal> refusal = TimeEntryRules.admits(personId, person, projectId,
                day == null ? null : day.project(), date);
        if (refusal.isPresent()) {
            throw refusal.get().problem();
        }
        return day;
    }

    /** Refuses (409) hours that would make the person's day hold more than 24 h, with {@code logged} there already. */
    private static void requireFits(LocalDate day, BigDecimal logged, BigDecimal hours) {
        Optional<TimeEntryRules.Refusal> refusal = TimeEntryRules.fitsDay(day, logged, hours);
        if (refusal.isPresent()) {
            throw refusal.get().problem();
        }
    }

    private static UUID personOf(UUID id) {
        return TimeEntry.getEntityManager()
                .createQuery("select e.personId from TimeEntry e where e.id = :id", UUID.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("Time entry", id));
    }

    private void cost(TimeEntry entry, RateHistory history) {
        Optional<Money> cost = history.costOf(entry.hours, entry.date);
        entry.costAmount = cost.map(Money::amount).orElse(null);
        entry.costCurrency = cost.map(Money::currency).orElse(null);
    }
}
