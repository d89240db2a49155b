package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.alert.AlertInputsChanged;
import io.deliveryhub.metrics.money.MoneyFactsProjector;
import io.deliveryhub.metrics.parkedevent.ParkedEventsHeard;
import io.deliveryhub.metrics.project.ProjectFactsChanged;
import io.deliveryhub.metrics.readmodel.ReadModelFeed;
import io.deliveryhub.metrics.scenario.ScenarioProjector;
import io.deliveryhub.metrics.timeentry.TimeEntryProjector;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.inbox.BatchedInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code deliveryhub.resources.v1} and hands each event to the read model its type is about: time entries,
 * people, time off, allocations and people's over-allocated weeks (which re-evaluate PERSON_OVERALLOCATED once
 * applied); people's rates and the rates on allocations also feed the money read models; scenarios feed the views
 * asked for one. Types this service has no
 * use for (skills, certifications, resource requests) are recorded as handled and passed over; a rate's effect on
 * costs reaches us as re-costed time entries. The
 * producer's outbox notices (an event parked or re-queued) feed the OUTBOX_EVENT_PARKED alert. A poll's events
 * are applied in one transaction ({@link BatchedInbox}); a record that fails on its own (not an event, or a state
 * that cannot be read) is parked in the .dlq topic by the channel's dead-letter-queue strategy.
 */
@ApplicationScoped
public class ResourceEventsConsumer implements ReadModelFeed {

    public static final String CONSUMER = "delivery-metrics.resources";
    private static final String CHANNEL = "resources";

    private final BatchedInbox inbox;
    private final TimeEntryProjector timeEntries;
    private final PersonProjector people;
    private final TimeOffProjector timeOff;
    private final AllocationProjector allocations;
    private final OverallocationProjector overallocations;
    private final Event<AlertInputsChanged> alertInputsChanged;
    private final Event<ProjectFactsChanged> projectFactsChanged;
    private final WorkforceFactsVersion workforceFacts;
    private final ParkedEventsHeard parkedEvents;
    private final MoneyFactsProjector money;
    private final ScenarioProjector scenarios;

    public ResourceEventsConsumer(BatchedInbox inbox, TimeEntryProjector timeEntries, PersonProjector people,
            TimeOffProjector timeOff, AllocationProjector allocations, OverallocationProjector overallocations,
            Event<AlertInputsChanged> alertInputsChanged,
            Event<ProjectFactsChanged> projectFactsChanged, WorkforceFactsVersion workforceFacts,
            ParkedEventsHeard parkedEvents, MoneyFactsProjector money, ScenarioProjector scenarios) {
        this.scenarios = scenarios;
        this.money = money;
        this.parkedEvents = parkedEvents;
        this.inbox = inbox;
        this.timeEntries = timeEntries;
        this.people = people;
        this.timeOff = timeOff;
        this.allocations = allocations;
        this.overallocations = overallocations;
        this.alertInputsChanged = alertInputsChanged;
        this.projectFactsChanged = projectFactsChanged;
        this.workforceFacts = workforceFacts;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public String topic() {
        return Topics.RESOURCES;
    }

    @Override
    public String inboxConsumer() {
        return CONSUMER;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return inbox.handleAll(CONSUMER, records, this::apply);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        String type = event.type();
        if (MoneyFactsProjector.appliesToResources(type)) {
            money.apply(event);
        }
        if (type.equals(MoneyFactsProjector.PERSON_RATE_CREATED)) {
            // a person's rates change the financials (and their alerts) of any project they work on
            alertInputsChanged.fire(new AlertInputsChanged());
            return;
        }
        if (TimeEntryProjector.ENTRY_EVENTS.contains(type)) {
            timeEntries.entry(event);
            changedCostsOf(event);
        } else if (type.equals(TimeEntryProjector.IMPORTED)) {
            timeEntries.imported(event);
            changedCostsOf(event);
        } else if (PersonProjector.EVENTS.contains(type)) {
            people.apply(event);
        } else if (type.equals(TimeOffProjector.RECORDED) || type.equals(TimeOffProjector.CANCELLED)) {
            timeOff.apply(event);
        } else if (AllocationProjector.EVENTS.contains(type)) {
            allocations.apply(event);
        } else if (type.equals(OverallocationProjector.CHANGED)) {
            overallocations.apply(event);
            alertInputsChanged.fire(new AlertInputsChanged());
            return;
        } else if (ParkedEventsHeard.isNotice(type)) {
            parkedEvents.apply(event);
            return;
        } else if (ScenarioProjector.EVENTS.contains(type)) {
            // a scenario is a sandbox: it changes no live figure, only the views asked for it
            scenarios.apply(event);
            return;
        } else {
            return;
        }
        // every type above is a fact of utilization and bench; a time entry only of the periods that hold its day
        workforceFacts.changed(ProjectFactsChanged.effectiveOn(event));
    }

    /** Time entries are keyed by their project (docs/architecture.md): its AC and hours, hence its KPIs, changed. */
    private void changedCostsOf(IncomingEvent event) {
        ProjectFactsChanged.about(event).ifPresent(projectFactsChanged::fire);
    }
}
