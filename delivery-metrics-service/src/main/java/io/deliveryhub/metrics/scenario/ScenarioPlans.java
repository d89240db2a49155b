package io.deliveryhub.metrics.scenario;

import static io.deliveryhub.platform.security.Roles.DELIVERY_MANAGER;
import static io.deliveryhub.platform.security.Roles.HEAD_OF_DELIVERY;

import io.deliveryhub.metrics.scenario.ScenarioPlan.Booked;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.persistence.Columns;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Finds the scenario a view is asked for ({@code scenario=}), as resources-service would show it: its owner,
 * delivery managers and the head of delivery see it; anyone else, like an unknown, applied or discarded scenario,
 * gets 404 (docs/scenarios.md#who-sees-what).
 */
@ApplicationScoped
public class ScenarioPlans {

    private static final String ALLOCATIONS = """
            select c.replaces, c.project_id, c.person_id, c.from_date, c.to_date, c.hours_per_week, c.booking,
                   c.billable, c.bill_amount, c.bill_currency, c.cost_amount, c.cost_currency
            from scenario_plan_allocation c
            where c.scenario_id = :id""";
    /** The live allocations the scenario takes out, as the live views read them (active ones only). */
    private static final String TAKEN_OUT = """
            select a.project_id, a.person_id, a.from_date, a.to_date, a.hours_per_week, a.booking, a.billable,
                   r.bill_amount, r.bill_currency, r.cost_amount, r.cost_currency
            from person_allocation a left join allocation_rate r on r.id = a.id
            where a.status <> 'RELEASED'
              and a.id in (select c.replaces from scenario_plan_allocation c where c.scenario_id = :id)""";

    private final Session session;
    private final Actor actor;

    public ScenarioPlans(Session session, Actor actor) {
        this.session = session;
        this.actor = actor;
    }

    /**
     * The plan of the scenario a {@code scenario} query parameter names, or the live plan when it is absent.
     *
     * @throws io.deliveryhub.platform.problem.BadRequest when it is not a UUID
     * @throws NotFound when the caller may not see it, or it is unknown, applied or discarded
     */
    @Transactional
    public ScenarioPlan of(String scenario) {
        UUID id = QueryParams.uuid("scenario", scenario);
        if (id == null) {
            return ScenarioPlan.LIVE;
        }
        Optional<Columns> header = session.createNativeQuery(
                "select name, owner_id, status from scenario_plan where id = :id", Tuple.class)
                .setParameter("id", id).getResultStream().findFirst().map(Columns::of);
        if (header.isEmpty() || !visible(header.get().uuid("owner_id"))
                || !ScenarioProjector.OPEN.equals(header.get().text("status"))) {
            throw new NotFound("Scenario", id);
        }
        List<Booked> putIn = new ArrayList<>();
        for (Columns row : rows(ALLOCATIONS, id)) {
            if (row.uuid("project_id") != null) {
                putIn.add(booked(row));
            }
        }
        List<Booked> takenOut = rows(TAKEN_OUT, id).stream().map(ScenarioPlans::booked).toList();
        return new ScenarioPlan(id, header.get().text("name"), takenOut, putIn);
    }

    private boolean visible(UUID ownerId) {
        return actor.hasAnyRole(HEAD_OF_DELIVERY, DELIVERY_MANAGER)
                || ownerId != null && actor.personId().map(ownerId::equals).orElse(false);
    }

    private List<Columns> rows(String sql, UUID id) {
        return session.createNativeQuery(sql, Tuple.class).setParameter("id", id).getResultList().stream()
                .map(Columns::of).toList();
    }

    private static Booked booked(Columns row) {
        return new Booked(row.uuid("project_id"), row.uuid("person_id"), row.date("from_date"), row.date("to_date"),
                row.decimal("hours_per_week"), "HARD".equals(row.text("booking")),
                Boolean.TRUE.equals(row.row().get("billable")), money(row, "bill_amount", "bill_currency"),
                money(row, "cost_amount", "cost_currency"));
    }

    private static Money money(Columns row, String amount, String currency) {
        BigDecimal value = row.decimal(amount);
        String code = row.trimmed(currency);
        return value == null || code == null ? null : new Money(value, code);
    }
}
