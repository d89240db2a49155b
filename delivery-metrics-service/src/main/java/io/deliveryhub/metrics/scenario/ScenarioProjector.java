package io.deliveryhub.metrics.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.metrics.project.FactState;
import io.deliveryhub.metrics.readmodel.ReadModel;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.events.IncomingEvent.MalformedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Keeps the scenarios resources-service announces (docs/scenarios.md#events): each one's owner and status, and its
 * allocation changes as the events resolve them (the live allocation a change takes out, the one it puts in). The
 * events of one scenario share its key, so they arrive in order; a copy's chunks carry the same version, hence the
 * header is taken when its version is not older. An applied or discarded scenario loses its changes and takes no
 * more: its views answer 404 from then on.
 */
@ApplicationScoped
public class ScenarioProjector implements ReadModel {

    public static final List<String> EVENTS = List.of("deliveryhub.scenario.created.v1",
            "deliveryhub.scenario.changed.v1", "deliveryhub.scenario.applied.v1",
            "deliveryhub.scenario.discarded.v1");
    static final String OPEN = "OPEN";

    private static final String UPSERT_SCENARIO = """
            insert into scenario_plan (id, name, owner_id, status, version)
            values (:id, :name, :ownerId, :status, :version)
            on conflict (id) do update set
                name = excluded.name, owner_id = excluded.owner_id, status = excluded.status,
                version = excluded.version
            where scenario_plan.version <= excluded.version and scenario_plan.status = 'OPEN'""";
    private static final String UPSERT_CHANGE = """
            insert into scenario_plan_allocation (scenario_id, allocation_id, replaces, project_id, person_id,
                placeholder_role, from_date, to_date, hours_per_week, booking, billable, bill_amount, bill_currency,
                cost_amount, cost_currency)
            values (:scenarioId, :allocationId, :replaces, :projectId, :personId, :placeholderRole, :fromDate,
                :toDate, :hoursPerWeek, :booking, :billable, :billAmount, :billCurrency, :costAmount, :costCurrency)
            on conflict (scenario_id, allocation_id) do update set
                replaces = excluded.replaces, project_id = excluded.project_id, person_id = excluded.person_id,
                placeholder_role = excluded.placeholder_role, from_date = excluded.from_date,
                to_date = excluded.to_date, hours_per_week = excluded.hours_per_week, booking = excluded.booking,
                billable = excluded.billable, bill_amount = excluded.bill_amount,
                bill_currency = excluded.bill_currency, cost_amount = excluded.cost_amount,
                cost_currency = excluded.cost_currency""";

    private final Session session;

    public ScenarioProjector(Session session) {
        this.session = session;
    }

    @Override
    public List<String> tables() {
        return List.of("scenario_plan_allocation", "scenario_plan");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        FactState scenario = new FactState("scenario", event.state());
        UUID id = scenario.requiredUuid("id");
        String status = scenario.requiredText("status");
        int taken = session.createNativeMutationQuery(UPSERT_SCENARIO)
                .setParameter("id", id, UUID.class)
                .setParameter("name", scenario.requiredText("name"), String.class)
                .setParameter("ownerId", scenario.uuid("ownerId"), UUID.class)
                .setParameter("status", status, String.class)
                .setParameter("version", event.version(), Long.class)
                .executeUpdate();
        if (taken == 0) {
            // older than what is held, or about a scenario already applied or discarded: nothing left to change
            return;
        }
        if (!OPEN.equals(status)) {
            session.createNativeMutationQuery("delete from scenario_plan_allocation where scenario_id = :id")
                    .setParameter("id", id, UUID.class).executeUpdate();
            return;
        }
        for (JsonNode change : event.state().path("allocations")) {
            change(id, change);
        }
        for (JsonNode withdrawn : event.state().path("withdrawnAllocations")) {
            session.createNativeMutationQuery(
                    "delete from scenario_plan_allocation where scenario_id = :id and allocation_id = :allocationId")
                    .setParameter("id", id, UUID.class)
                    .setParameter("allocationId", uuid(withdrawn), UUID.class)
                    .executeUpdate();
        }
    }

    private void change(UUID scenarioId, JsonNode node) {
        FactState change = new FactState("scenario allocation", node);
        FactState allocation = new FactState("scenario allocation", node.path("allocation"));
        boolean putsIn = node.path("allocation").isObject();
        UUID replaces = change.uuid("replaces");
        if (!putsIn && replaces == null) {
            throw new MalformedEvent("scenario allocation neither replaces nor puts in an allocation");
        }
        LocalDate from = putsIn ? allocation.date("from") : null;
        LocalDate to = putsIn ? allocation.date("to") : null;
        BigDecimal hoursPerWeek = putsIn ? allocation.number("hoursPerWeek") : null;
        if (putsIn && (from == null || to == null || hoursPerWeek == null)) {
            throw new MalformedEvent("scenario allocation lacks from, to or hoursPerWeek");
        }
        session.createNativeMutationQuery(UPSERT_CHANGE)
                .setParameter("scenarioId", scenarioId, UUID.class)
                .setParameter("allocationId", change.requiredUuid("allocationId"), UUID.class)
                .setParameter("replaces", replaces, UUID.class)
                .setParameter("projectId", putsIn ? allocation.requiredUuid("projectId") : null, UUID.class)
                .setParameter("personId", putsIn ? allocation.uuid("personId") : null, UUID.class)
                .setParameter("placeholderRole", putsIn ? allocation.text("placeholderRole") : null, String.class)
                .setParameter("fromDate", from, LocalDate.class)
                .setParameter("toDate", to, LocalDate.class)
                .setParameter("hoursPerWeek", hoursPerWeek, BigDecimal.class)
                .setParameter("booking", putsIn ? allocation.requiredText("booking") : null, String.class)
                .setParameter("billable", putsIn ? allocation.requiredFlag("billable") : null, Boolean.class)
                .setParameter("billAmount", putsIn ? allocation.moneyAmount("billRate") : null, BigDecimal.class)
                .setParameter("billCurrency", putsIn ? allocation.moneyCurrency("billRate") : null, String.class)
                .setParameter("costAmount", putsIn ? allocation.moneyAmount("costRate") : null, BigDecimal.class)
                .setParameter("costCurrency", putsIn ? allocation.moneyCurrency("costRate") : null, String.class)
                .executeUpdate();
    }

    private static UUID uuid(JsonNode node) {
        try {
            return UUID.fromString(node.asText());
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("scenario state names an allocation that is not a UUID: " + node);
        }
    }
}
