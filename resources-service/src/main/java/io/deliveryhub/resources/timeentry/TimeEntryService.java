package io.deliveryhub.resources.timeentry;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.problem.Unprocessable;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.resources.ResourcesTopic;
import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.project.KnownProject;
import io.deliveryhub.resources.rate.RateHistory;
import io.deliveryhub.resources.rate.Rates;
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
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class TimeEntryService {

    static final String RECORDED = "deliveryhub.time-entry.recorded.v1";
    static final String UPDATED = "deliveryhub.time-entry.updated.v1";
    static final String DECIDED = "deliveryhub.time-entry.decided.v1";
    /** Time may be logged on a project until it is closed or cancelled. */
    static final Set<String> CLOSED_PROJECT_STATUSES = Set.of("CLOSED", "CANCELLED");
    private static final Map<String, String> SORTABLE = Map.of("date", "date", "createdAt", "createdAt",
            "hours", "hours", "status", "status");

    private final Outbox outbox;
    private final Rates rates;
    private final BaseCurrency currency;
    private final Clock clock;

    public TimeEntryService(Outbox outbox, Rates rates, BaseCurrency currency, Clock clock) {
        this.outbox = outbox;
        this.rates = rates;
        this.currency = currency;
        this.clock = clock;
    }

    /** The caller has been checked to be this person or one who may record anyone's time. */
    @Transactional
    public TimeEntryView record(TimeEntryRequest request, String actor) {
        // The person's row lock serializes entries of one person, so two requests cannot both fill a day.
        Person person = Person.<Person> findByIdOptional(request.personId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new Unprocessable("unknown-person", "personId " + request.personId()
                        + " is not a known person"));
        requireOpenProject(request.projectId());
        if (request.externalRef() != null && TimeEntry.count("externalSystem = ?1 and externalId = ?2",
                request.externalRef().system(), request.externalRef().id()) > 0) {
            throw new Conflict("duplicate-external-ref", "An entry with externalRef " + request.externalRef().system()
                    + "/" + request.externalRef().id() + " already exists; the batch import updates entries by reference");
        }
        BigDecimal logged = loggedOn(person.id, request.date());
        if (logged.add(request.hours()).compareTo(DailyHours.MAX_PER_DAY) > 0) {
            throw new Conflict("day-over-24-hours", "The person already has " + logged.stripTrailingZeros().toPlainString()
                    + " h on " + request.date() + "; a day holds at most 24 h, so at most "
                    + DailyHours.MAX_PER_DAY.subtract(logged).stripTrailingZeros().toPlainString() + " h more can be logged");
        }
        TimeEntry entry = new TimeEntry();
        entry.stampCreated(clock.instant());
        entry.personId = person.id;
        entry.projectId = request.projectId();
        entry.date = request.date();
        entry.hours = request.hours();
        entry.billable = request.billable() == null || request.billable();
        entry.description = request.description();
        if (request.externalRef() != null) {
            entry.externalSystem = request.externalRef().system();
            entry.externalId = request.externalRef().id();
        }
        entry.status = TimeEntryStatus.SUBMITTED;
        cost(entry, rates.historyOf(person.id));
        entry.persist();
        TimeEntryView view = TimeEntryView.of(entry);
        outbox.publish(ResourcesTopic.event(RECORDED, entry.projectId, entry.id, entry.createdAt,
                AggregateChange.created(entry.version, actor, view)));
        return view;
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

    public TimeEntryView get(UUID id) {
        return TimeEntry.<TimeEntry> findByIdOptional(id).map(TimeEntryView::of)
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
        var sort = page.toSort(SORTABLE, "date").and("id");
        var query = conditions.isEmpty()
                ? TimeEntry.<TimeEntry> findAll(sort)
                : TimeEntry.<TimeEntry> find(String.join(" and ", conditions), sort, parameters);
        return ResultPage.of(query, page, TimeEntryView::of);
    }

    private void requireOpenProject(UUID projectId) {
        KnownProject project = KnownProject.findById(projectId);
        if (project == null) {
            throw new Unprocessable("unknown-project", "projectId " + projectId
                    + " is not a project known to resources-service (from project events)");
        }
        if (CLOSED_PROJECT_STATUSES.contains(project.status)) {
            throw new Unprocessable("project-closed", "Project " + project.key + " is " + project.status
                    + "; time can no longer be logged on it");
        }
    }

    /** Hours of the person's entries on that day that still count (rejected ones do not). */
    private static BigDecimal loggedOn(UUID personId, LocalDate day) {
        BigDecimal sum = TimeEntry.getEntityManager().createQuery(
                "select sum(e.hours) from TimeEntry e where e.personId = ?1 and e.date = ?2 and e.status <> ?3",
                BigDecimal.class).setParameter(1, personId).setParameter(2, day)
                .setParameter(3, TimeEntryStatus.REJECTED).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    private void cost(TimeEntry entry, RateHistory history) {
        entry.costAmount = history.costOf(entry.hours, entry.date).orElse(null);
        entry.costCurrency = entry.costAmount == null ? null : currency.code();
    }
}
