package io.deliveryhub.metrics.project;

import io.deliveryhub.metrics.alert.AlertInputsChanged;
import io.deliveryhub.metrics.money.MoneyFactsProjector;
import io.deliveryhub.metrics.parkedevent.ParkedEventsHeard;
import io.deliveryhub.metrics.readmodel.ReadModelFeed;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.events.ProjectStateEvents;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.inbox.BatchedInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code deliveryhub.projects.v1} and hands each event to the read model its type is about. Types this
 * service has no use for (clients, change requests, deliverables, ...) are passed over without an inbox mark.
 * The producer's outbox notices (an event parked or re-queued) feed the OUTBOX_EVENT_PARKED alert.
 * A poll's events are applied in one transaction ({@link BatchedInbox}); a record that fails on its own (not an
 * event, or a state that cannot be read) is parked in the .dlq topic by the channel's dead-letter-queue strategy.
 */
@ApplicationScoped
public class ProjectEventsConsumer implements ReadModelFeed {

    static final String CONSUMER = "delivery-metrics.projects";
    private static final String CHANNEL = "projects";
    private static final String BASELINE_CHANGED = "deliveryhub.project.baseline-changed.v1";
    private static final String MILESTONE = "deliveryhub.milestone.";
    private static final String STATUS_REPORT = "deliveryhub.status-report.";
    private static final String RAID_ITEM = "deliveryhub.raid-item.";
    private static final String FEEDBACK = "deliveryhub.feedback.";

    private final BatchedInbox inbox;
    private final ProjectProjector projects;
    private final ProjectFactsProjector facts;
    private final Event<AlertInputsChanged> alertInputsChanged;
    private final Event<ProjectFactsChanged> factsChanged;
    private final ParkedEventsHeard parkedEvents;
    private final MoneyFactsProjector money;

    public ProjectEventsConsumer(BatchedInbox inbox, ProjectProjector projects, ProjectFactsProjector facts,
            Event<AlertInputsChanged> alertInputsChanged, Event<ProjectFactsChanged> factsChanged,
            ParkedEventsHeard parkedEvents, MoneyFactsProjector money) {
        this.money = money;
        this.parkedEvents = parkedEvents;
        this.inbox = inbox;
        this.projects = projects;
        this.facts = facts;
        this.alertInputsChanged = alertInputsChanged;
        this.factsChanged = factsChanged;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public String topic() {
        return Topics.PROJECTS;
    }

    @Override
    public String inboxConsumer() {
        return CONSUMER;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return inbox.handleAll(CONSUMER, records, ProjectEventsConsumer::wanted, this::apply);
    }

    /** Whether {@link #apply} does anything with the event: the others cost no transaction. */
    static boolean wanted(IncomingEvent event) {
        String type = event.type();
        return MoneyFactsProjector.appliesToProjects(type) || ProjectStateEvents.carriesTheProject(type)
                || type.equals(BASELINE_CHANGED) || Stream.of(MILESTONE, STATUS_REPORT, RAID_ITEM, FEEDBACK)
                        .anyMatch(type::startsWith)
                || ParkedEventsHeard.isNotice(type);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        String type = event.type();
        boolean moneyFact = MoneyFactsProjector.appliesToProjects(type);
        if (moneyFact) {
            money.apply(event);
        }
        if (ProjectStateEvents.carriesTheProject(type)) {
            projects.apply(event);
        } else if (type.equals(BASELINE_CHANGED)) {
            facts.baselineChanged(event);
        } else if (type.startsWith(MILESTONE)) {
            facts.milestone(event);
        } else if (type.startsWith(STATUS_REPORT)) {
            facts.statusReport(event);
        } else if (type.startsWith(RAID_ITEM)) {
            facts.raidItem(event);
        } else if (type.startsWith(FEEDBACK)) {
            facts.feedback(event);
        } else if (ParkedEventsHeard.isNotice(type)) {
            parkedEvents.apply(event);
            return;
        } else if (!moneyFact) {
            return;
        }
        ProjectFactsChanged about = ProjectFactsChanged.about(event).orElse(null);
        if (about != null) {
            factsChanged.fire(about);
        }
        // The project alert rules judge these facts: evaluate them for this project once this commits.
        alertInputsChanged.fire(new AlertInputsChanged(about == null ? null : about.projectId()));
    }
}
