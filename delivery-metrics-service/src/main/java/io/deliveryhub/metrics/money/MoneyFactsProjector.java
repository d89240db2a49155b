package io.deliveryhub.metrics.money;

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
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.query.MutationQuery;

/**
 * Keeps what project financials are computed from and no other read model holds: exchange rates, a project's
 * currency, delivery model and win probability, people's rate history, project rate cards, milestone billing
 * amounts with their acceptance day, and the rates written on allocations. Each statement inserts an unknown row or
 * overwrites one whose version is older than the event's, so redelivered and reordered events change nothing.
 */
@ApplicationScoped
public class MoneyFactsProjector implements ReadModel {

    public static final String EXCHANGE_RATE_SET = "deliveryhub.exchange-rate.set.v1";
    public static final String PROJECT_RATE_SET = "deliveryhub.project-rate.set.v1";
    public static final String PROJECT_RATE_REMOVED = "deliveryhub.project-rate.removed.v1";
    public static final String PERSON_RATE_CREATED = "deliveryhub.person-rate.created.v1";
    /** The project events this projector reads the project's money terms from (with the project projector). */
    public static final Set<String> PROJECT_EVENTS = Set.of("deliveryhub.project.created.v1",
            "deliveryhub.project.updated.v1", "deliveryhub.project.status-changed.v1");
    public static final Set<String> ALLOCATION_EVENTS = Set.of("deliveryhub.allocation.created.v1",
            "deliveryhub.allocation.updated.v1", "deliveryhub.allocation.released.v1");

    private static final String EXCHANGE_RATE = """
            insert into exchange_rate (currency, effective_from, rate_to_base, version)
            values (:currency, :effectiveFrom, :rateToBase, :version)
            on conflict (currency, effective_from) do update set
                rate_to_base = excluded.rate_to_base, version = excluded.version
            where exchange_rate.version < excluded.version""";

    private static final String PROJECT_MONEY = """
            insert into project_money (project_id, currency, delivery_model, probability, version)
            values (:id, :currency, :deliveryModel, :probability, :version)
            on conflict (project_id) do update set
                currency = excluded.currency, delivery_model = excluded.delivery_model,
                probability = excluded.probability, version = excluded.version
            where project_money.version < excluded.version""";

    private static final String PERSON_RATE = """
            insert into person_rate (id, person_id, effective_from, cost_amount, cost_currency, bill_amount,
                                     bill_currency, version)
            values (:id, :personId, :effectiveFrom, :costAmount, :costCurrency, :billAmount, :billCurrency, :version)
            on conflict (id) do update set
                person_id = excluded.person_id, effective_from = excluded.effective_from,
                cost_amount = excluded.cost_amount, cost_currency = excluded.cost_currency,
                bill_amount = excluded.bill_amount, bill_currency = excluded.bill_currency, version = excluded.version
            where person_rate.version < excluded.version""";

    private static final String RATE_CARD = """
            insert into project_rate_card (id, project_id, person_id, effective_from, bill_amount, bill_currency,
                                           removed, version)
            values (:id, :projectId, :personId, :effectiveFrom, :billAmount, :billCurrency, :removed, :version)
            on conflict (id) do update set
                project_id = excluded.project_id, person_id = excluded.person_id,
                effective_from = excluded.effective_from, bill_amount = excluded.bill_amount,
                bill_currency = excluded.bill_currency, removed = excluded.removed, version = excluded.version
            where project_rate_card.version < excluded.version""";

    private static final String MILESTONE_BILLING = """
            insert into milestone_billing (id, project_id, billing_amount, billing_currency, accepted_on, version)
            values (:id, :projectId, :billingAmount, :billingCurrency, :acceptedOn, :version)
            on conflict (id) do update set
                project_id = excluded.project_id, billing_amount = excluded.billing_amount,
                billing_currency = excluded.billing_currency, accepted_on = excluded.accepted_on,
                version = excluded.version
            where milestone_billing.version < excluded.version""";

    private static final String ALLOCATION_RATE = """
            insert into allocation_rate (id, project_id, bill_amount, bill_currency, cost_amount, cost_currency,
                                         version)
            values (:id, :projectId, :billAmount, :billCurrency, :costAmount, :costCurrency, :version)
            on conflict (id) do update set
                project_id = excluded.project_id, bill_amount = excluded.bill_amount,
                bill_currency = excluded.bill_currency, cost_amount = excluded.cost_amount,
                cost_currency = excluded.cost_currency, version = excluded.version
            where allocation_rate.version < excluded.version""";

    private final Session session;
    private final MoneyFactsVersion version;

    public MoneyFactsProjector(Session session, MoneyFactsVersion version) {
        this.session = session;
        this.version = version;
    }

    /** The kept financials (project_financials) are derived from these and the other read models: emptied with them. */
    @Override
    public List<String> tables() {
        return List.of("exchange_rate", "project_money", "person_rate", "project_rate_card", "milestone_billing",
                "allocation_rate", "project_financials");
    }

    /** Whether an event of this type on the projects topic is one this projector applies. */
    public static boolean appliesToProjects(String type) {
        return PROJECT_EVENTS.contains(type) || type.equals(EXCHANGE_RATE_SET) || type.equals(PROJECT_RATE_SET)
                || type.equals(PROJECT_RATE_REMOVED) || type.startsWith("deliveryhub.milestone.");
    }

    /** Whether an event of this type on the resources topic is one this projector applies. */
    public static boolean appliesToResources(String type) {
        return type.equals(PERSON_RATE_CREATED) || ALLOCATION_EVENTS.contains(type);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        String type = event.type();
        if (PROJECT_EVENTS.contains(type)) {
            project(event);
        } else if (type.equals(EXCHANGE_RATE_SET)) {
            exchangeRate(event);
            version.firmChanged();
        } else if (type.equals(PROJECT_RATE_SET) || type.equals(PROJECT_RATE_REMOVED)) {
            rateCard(event, type.equals(PROJECT_RATE_REMOVED));
        } else if (type.startsWith("deliveryhub.milestone.")) {
            milestone(event);
        } else if (type.equals(PERSON_RATE_CREATED)) {
            personRate(event);
            version.firmChanged();
        } else if (ALLOCATION_EVENTS.contains(type)) {
            allocation(event);
        }
    }

    private void exchangeRate(IncomingEvent event) {
        FactState rate = new FactState("exchange rate", event.state());
        BigDecimal rateToBase = decimal(rate, "rateToBase");
        LocalDate effectiveFrom = rate.date("effectiveFrom");
        if (rateToBase == null || rateToBase.signum() <= 0 || effectiveFrom == null) {
            throw new MalformedEvent("exchange rate state lacks effectiveFrom or a positive rateToBase");
        }
        session.createNativeMutationQuery(EXCHANGE_RATE)
                .setParameter("currency", rate.requiredText("currency"), String.class)
                .setParameter("effectiveFrom", effectiveFrom, LocalDate.class)
                .setParameter("rateToBase", rateToBase, BigDecimal.class)
                .setParameter("version", event.version(), Long.class)
                .executeUpdate();
    }

    /** A project without a currency of its own (before currencies existed) is in its budget's, else the base's. */
    private void project(IncomingEvent event) {
        FactState project = new FactState("project", event.state());
        String currency = project.text("currency") != null ? project.text("currency") : project.moneyCurrency("budget");
        session.createNativeMutationQuery(PROJECT_MONEY)
                .setParameter("id", project.requiredUuid("id"), UUID.class)
                .setParameter("currency", currency, String.class)
                .setParameter("deliveryModel", project.text("deliveryModel"), String.class)
                .setParameter("probability", decimal(project, "probability"), BigDecimal.class)
                .setParameter("version", event.version(), Long.class)
                .executeUpdate();
    }

    private void personRate(IncomingEvent event) {
        FactState rate = new FactState("person rate", event.state());
        LocalDate effectiveFrom = rate.date("effectiveFrom");
        if (effectiveFrom == null) {
            throw new MalformedEvent("person rate state lacks effectiveFrom");
        }
        session.createNativeMutationQuery(PERSON_RATE)
                .setParameter("id", rate.requiredUuid("id"), UUID.class)
                .setParameter("personId", rate.requiredUuid("personId"), UUID.class)
                .setParameter("effectiveFrom", effectiveFrom, LocalDate.class)
                .setParameter("costAmount", rate.moneyAmount("costRate"), BigDecimal.class)
                .setParameter("costCurrency", rate.moneyCurrency("costRate"), String.class)
                .setParameter("billAmount", rate.moneyAmount("billRate"), BigDecimal.class)
                .setParameter("billCurrency", rate.moneyCurrency("billRate"), String.class)
                .setParameter("version", event.version(), Long.class)
                .executeUpdate();
    }

    private void rateCard(IncomingEvent event, boolean removed) {
        FactState entry = new FactState("project rate", event.state());
        LocalDate effectiveFrom = entry.date("effectiveFrom");
        BigDecimal amount = entry.moneyAmount("billRate");
        String currency = entry.moneyCurrency("billRate");
        if (effectiveFrom == null || amount == null || currency == null) {
            throw new MalformedEvent("project rate state lacks effectiveFrom or billRate");
        }
        withIds(RATE_CARD, entry, event)
                .setParameter("personId", entry.requiredUuid("personId"), UUID.class)
                .setParameter("effectiveFrom", effectiveFrom, LocalDate.class)
                .setParameter("billAmount", amount, BigDecimal.class)
                .setParameter("billCurrency", currency, String.class)
                .setParameter("removed", removed, Boolean.class)
                .executeUpdate();
    }

    private void milestone(IncomingEvent event) {
        FactState milestone = new FactState("milestone", event.state());
        withIds(MILESTONE_BILLING, milestone, event)
                .setParameter("billingAmount", milestone.moneyAmount("billingAmount"), BigDecimal.class)
                .setParameter("billingCurrency", milestone.moneyCurrency("billingAmount"), String.class)
                .setParameter("acceptedOn", milestone.date("acceptedOn"), LocalDate.class)
                .executeUpdate();
    }

    private void allocation(IncomingEvent event) {
        FactState allocation = new FactState("allocation", event.state());
        version.allocationChanged(allocation.requiredUuid("id"), allocation.requiredUuid("projectId"));
        withIds(ALLOCATION_RATE, allocation, event)
                .setParameter("billAmount", allocation.moneyAmount("billRate"), BigDecimal.class)
                .setParameter("billCurrency", allocation.moneyCurrency("billRate"), String.class)
                .setParameter("costAmount", allocation.moneyAmount("costRate"), BigDecimal.class)
                .setParameter("costCurrency", allocation.moneyCurrency("costRate"), String.class)
                .executeUpdate();
    }

    // Typed bindings throughout: an untyped null would leave PostgreSQL guessing the column type.
    private MutationQuery withIds(String sql, FactState fact, IncomingEvent event) {
        return session.createNativeMutationQuery(sql)
                .setParameter("id", fact.requiredUuid("id"), UUID.class)
                .setParameter("projectId", fact.requiredUuid("projectId"), UUID.class)
                .setParameter("version", event.version(), Long.class);
    }

    /** A decimal sent as a string (rates travel as decimal strings) or as a JSON number. */
    private static BigDecimal decimal(FactState fact, String field) {
        JsonNode node = fact.state().path(field);
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return node.isTextual() ? new BigDecimal(node.asText()) : null;
        } catch (NumberFormatException e) {
            throw new MalformedEvent(fact.aggregate() + " state " + field + " is not a decimal");
        }
    }
}
