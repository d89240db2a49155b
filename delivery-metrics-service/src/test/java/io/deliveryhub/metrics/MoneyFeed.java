package io.deliveryhub.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.testkit.EventFeed;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The money events of issue 17 as the contract between projects-service, resources-service and delivery-metrics
 * describes them (exchange rates, project rate cards, money terms of projects, people's rates); the exchange-rate and
 * rate-card events are written here by hand until their producers commit examples.
 */
public final class MoneyFeed {

    public static final String EXCHANGE_RATE_SET = "deliveryhub.exchange-rate.set.v1";
    public static final String PROJECT_RATE_SET = "deliveryhub.project-rate.set.v1";
    public static final String PERSON_RATE_CREATED = "deliveryhub.person-rate.created.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private MoneyFeed() {
    }

    /** A project with its delivery model, currency, planned end and budget (null: none), managed by these people. */
    public static UUID project(UUID id, String deliveryModel, String currency, LocalDate plannedEnd, String budget,
            UUID projectManagerId, UUID deliveryManagerId) {
        return project(id, "ACTIVE", null, deliveryModel, currency, plannedEnd, budget, projectManagerId,
                deliveryManagerId);
    }

    /** The same in a status, with a win probability (null: none). */
    public static UUID project(UUID id, String status, String probability, String deliveryModel, String currency,
            LocalDate plannedEnd, String budget, UUID projectManagerId, UUID deliveryManagerId) {
        return project(ProjectFeed.PROJECT_CREATED, 1, id, status, probability, deliveryModel, currency, plannedEnd,
                budget, projectManagerId, deliveryManagerId);
    }

    /** The same announced by an event of this type (created, updated, status changed) at this version. */
    public static UUID project(String type, long version, UUID id, String status, String probability,
            String deliveryModel, String currency, LocalDate plannedEnd, String budget, UUID projectManagerId,
            UUID deliveryManagerId) {
        ObjectNode payload = ProjectFeed.project(id, version, status);
        ProjectFeed.state(payload).put("probability", probability == null ? null : new java.math.BigDecimal(probability));
        ObjectNode state = ProjectFeed.state(payload).put("deliveryModel", deliveryModel).put("currency", currency)
                .put("plannedStart", "2026-01-05").put("plannedEnd", plannedEnd == null ? null : plannedEnd.toString())
                .put("projectManagerId", projectManagerId.toString())
                .put("deliveryManagerId", deliveryManagerId.toString());
        if (budget == null) {
            state.putNull("budget");
        } else {
            state.set("budget", money(budget, currency));
        }
        return ProjectFeed.publish(type, id, payload);
    }

    public static UUID exchangeRate(String currency, LocalDate effectiveFrom, String rateToBase, long version) {
        ObjectNode payload = JSON.createObjectNode().put("version", version);
        payload.putObject("state").put("currency", currency).put("effectiveFrom", effectiveFrom.toString())
                .put("rateToBase", rateToBase).put("baseCurrency", "EUR").put("version", version)
                .put("updatedAt", "2026-01-01T09:00:00Z").put("updatedBy", "admin");
        return EventFeed.publish(Topics.PROJECTS, EXCHANGE_RATE_SET, currency, payload);
    }

    public static UUID personRate(UUID personId, LocalDate effectiveFrom, String cost, String bill, String currency) {
        ObjectNode payload = EventFeed.example(PERSON_RATE_CREATED);
        ProjectFeed.state(payload).put("id", UUID.randomUUID().toString()).put("personId", personId.toString())
                .put("effectiveFrom", effectiveFrom.toString())
                .set("costRate", money(cost, currency));
        ProjectFeed.state(payload).set("billRate", money(bill, currency));
        return ResourceFeed.publish(PERSON_RATE_CREATED, personId, payload);
    }

    public static UUID rateCard(UUID projectId, UUID personId, LocalDate effectiveFrom, String bill, String currency) {
        ObjectNode payload = JSON.createObjectNode().put("version", 1);
        payload.putObject("state").put("id", UUID.randomUUID().toString()).put("projectId", projectId.toString())
                .put("personId", personId.toString()).put("effectiveFrom", effectiveFrom.toString())
                .put("version", 1).put("createdAt", "2026-01-01T09:00:00Z").put("createdBy", "admin")
                .set("billRate", money(bill, currency));
        return ProjectFeed.publish(PROJECT_RATE_SET, projectId, payload);
    }

    private static ObjectNode money(String amount, String currency) {
        return JSON.createObjectNode().put("amount", amount).put("currency", currency);
    }

    /**
     * A time-and-materials project of this delivery manager (20,000 EUR budget, ending then) on which this person,
     * costing 50 and billing 90 EUR an hour from 2026-01-01, booked a day: 720.00 EUR of revenue.
     */
    public static void bookedProject(UUID projectId, UUID deliveryManagerId, LocalDate plannedEnd, UUID personId,
            LocalDate booked) {
        project(projectId, "TIME_AND_MATERIALS", "EUR", plannedEnd, "20000.00", UUID.randomUUID(), deliveryManagerId);
        personRate(personId, LocalDate.of(2026, 1, 1), "50", "90", "EUR");
        bookDay(projectId, personId, booked);
    }

    /** Eight approved billable hours of this person on the project that day. */
    public static void bookDay(UUID projectId, UUID personId, LocalDate day) {
        ResourceFeed.publish(ResourceFeed.TIME_ENTRY_RECORDED, projectId, ResourceFeed.timeEntry(
                ResourceFeed.TIME_ENTRY_RECORDED, UUID.randomUUID(), 1, projectId, personId, day, 8, "400.00", true,
                "APPROVED"));
    }
}
