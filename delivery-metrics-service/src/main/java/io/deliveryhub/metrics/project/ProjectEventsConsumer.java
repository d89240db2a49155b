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
    private static final String MILESTONE_TYPES = "deliveryhub.milestone.";
    private static final String STATUS_REPORT_TYPES = "deliveryhub.status-report.";
    private static final String RAID_ITEM_TYPES = "deliveryhub.raid-item.";
    private static final String FEEDBACK_TYPES = "deliveryhub.feedback.";

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

    /** What an event of the project topic is about, as far as this service's read models go. */
    private enum Subject {
        PROJECT, BASELINE, MILESTONE, STATUS_REPORT, RAID_ITEM, FEEDBACK, PARKED_EVENT, OTHER;

        static Subject of(String type) {
            if (ProjectStateEvents.carriesTheProject(type)) {
                return PROJECT;
            } else if (type.equals(BASELINE_CHANGED)) {
                return BASELINE;
            } else if (type.startsWith(MILESTONE_TYPES)) {
                return MILESTONE;
            } else if (type.startsWith(STATUS_REPORT_TYPES)) {
                return STATUS_REPORT;
            } else if (type.startsWith(RAID_ITEM_TYPES)) {
                return RAID_ITEM;
            } else if (type.startsWith(FEEDBACK_TYPES)) {
                return FEEDBACK;
            }
            return ParkedEventsHeard.isNotice(type) ? PARKED_EVENT : OTHER;
        }
    }

    /** Whether {@link #apply} does anything with the event: the others cost no transaction. */
    static boolean wanted(IncomingEvent event) {
        return MoneyFactsProjector.appliesToProjects(event.type()) || Subject.of(event.type()) != Subject.OTHER;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        boolean moneyFact = MoneyFactsProjector.appliesToProjects(event.type());
        Subject subject = Subject.of(event.type());
        if (subject == Subject.OTHER && !moneyFact) {
            return;
        }
        if (moneyFact) {
            money.apply(event);
        }
        switch (subject) {
            case PROJECT -> projects.apply(event);
            case BASELINE -> facts.baselineChanged(event);
            case MILESTONE -> facts.milestone(event);
            case STATUS_REPORT -> facts.statusReport(event);
            case RAID_ITEM -> facts.raidItem(event);
            case FEEDBACK -> facts.feedback(event);
            case PARKED_EVENT -> {
                parkedEvents.apply(event);
                return;
            }
            case OTHER -> {
                // a money fact only, applied above
            }
        }
        ProjectFactsChanged about = ProjectFactsChanged.about(event).orElse(null);
        if (about != null) {
            factsChanged.fire(about);
        }
        // The project alert rules judge these facts: evaluate them for this project once this commits.
        alertInputsChanged.fire(new AlertInputsChanged(about == null ? null : about.projectId()));
    }
}
