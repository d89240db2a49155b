package io.deliveryhub.metrics.financials;

import io.deliveryhub.metrics.kpi.EarnedValue;
import io.deliveryhub.metrics.kpi.MilestoneFact;
import io.deliveryhub.metrics.kpi.StatusReportFact;
import io.deliveryhub.metrics.money.BookedMonth;
import io.deliveryhub.metrics.money.ExchangeRates;
import io.deliveryhub.metrics.money.ProjectMoneyFacts;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.Allocation;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.Billing;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.BookedTime;
import io.deliveryhub.metrics.money.ProjectMoneyFacts.Terms;
import io.deliveryhub.metrics.money.Rates;
import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.security.ProjectPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Reads what the financials of one project, or of every project a portfolio filter picks, are computed from: one
 * query per kind of fact for all the projects at once, never one per project.
 */
@ApplicationScoped
class FinancialFactsRepository {

    /** The projects picked, with everything their figures need. */
    record Portfolio(List<ProjectMoney> projects, ExchangeRates exchangeRates) {
    }

    /** What every project's figures are priced and converted at, read once for all the pages of a portfolio. */
    record Firm(ExchangeRates exchangeRates, Rates peoplesRates) {
    }

    /** A project with its money facts and the rates its time is priced at. */
    record ProjectMoney(UUID id, String key, String name, String status, ProjectPeople people,
            BigDecimal probability, ProjectMoneyFacts facts, Rates rates) {
    }

    private static final String PROJECTS = """
            select p.id, p.key, p.name, p.status, p.planned_end, p.budget_amount, p.budget_currency,
                   p.project_manager_id, p.delivery_manager_id, p.delivery_lead_id,
                   m.currency, m.delivery_model, m.probability
            from project p left join project_money m on m.project_id = p.id
            where\s""";

    private final Session session;
    private final BaseCurrency baseCurrency;

    FinancialFactsRepository(Session session, BaseCurrency baseCurrency) {
        this.session = session;
        this.baseCurrency = baseCurrency;
    }

    /** One project by id, or nothing when the read model does not hold it. */
    Portfolio project(UUID projectId, LocalDate day) {
        return read(day, firm(), "p.id = :projectId", query -> query.setParameter("projectId", projectId),
                "project_id = :projectId");
    }

    /** These projects (a page of a portfolio), with the firm's rates read before. */
    Portfolio projects(Collection<UUID> projectIds, LocalDate day, Firm firm) {
        return read(day, firm, "p.id in (:ids)", query -> query.setParameter("ids", projectIds),
                "project_id in (:ids)");
    }

    /** The ids of the projects in one of these statuses, of these projects (null: of all), in id order. */
    List<UUID> idsIn(Collection<String> statuses, Set<UUID> projectIds) {
        String condition = "p.status in (:statuses)" + (projectIds == null ? "" : " and p.id in (:ids)");
        return rows("select p.id from project p where " + condition + " order by p.id", query -> {
            query.setParameter("statuses", statuses);
            if (projectIds != null) {
                query.setParameter("ids", projectIds);
            }
        }).stream().map(row -> uuid(row, "id")).toList();
    }

    Firm firm() {
        return new Firm(exchangeRates(), peoplesRates());
    }

    private Portfolio read(LocalDate day, Firm firm, String projectCondition, Binding binding,
            String factCondition) {
        ExchangeRates exchangeRates = firm.exchangeRates();
        Rates peoplesRates = firm.peoplesRates();
        List<Tuple> projectRows = rows(PROJECTS + projectCondition, binding);
        if (projectRows.isEmpty()) {
            return new Portfolio(List.of(), exchangeRates);
        }
        Map<UUID, Rates> rates = new HashMap<>();
        for (Tuple row : rows("select project_id, person_id, effective_from, bill_amount, bill_currency"
                + " from project_rate_card where not removed and " + factCondition, binding)) {
            rates.computeIfAbsent(uuid(row, "project_id"), ignored -> peoplesRates.forAnotherProject())
                    .rateCard(uuid(row, "person_id"), date(row, "effective_from"),
                            money(row, "bill_amount", "bill_currency"));
        }
        Map<UUID, List<Billing>> billings = byProject(rows("select project_id, billing_amount, billing_currency,"
                + " accepted_on from milestone_billing where " + factCondition, binding),
                row -> new Billing(decimal(row, "billing_amount"), text(row, "billing_currency"),
                        date(row, "accepted_on")));
        Map<UUID, List<Allocation>> allocations = byProject(rows("""
                select a.project_id, a.person_id, a.from_date, a.to_date, a.hours_per_week, a.booking, a.billable,
                       r.bill_amount, r.bill_currency, r.cost_amount, r.cost_currency
                from person_allocation a left join allocation_rate r on r.id = a.id
                where a.status <> 'RELEASED' and a.to_date > :day and a.""" + factCondition, dayToo(binding, day)),
                row -> new Allocation(uuid(row, "person_id"), date(row, "from_date"), date(row, "to_date"),
                        decimal(row, "hours_per_week"), "HARD".equals(text(row, "booking")),
                        Boolean.TRUE.equals(row.get("billable")), money(row, "bill_amount", "bill_currency"),
                        money(row, "cost_amount", "cost_currency")));
        Map<UUID, List<MilestoneFact>> milestones = byProject(rows("select project_id, due_date, weight, status,"
                + " completed_on from project_milestone where " + factCondition, binding),
                row -> new MilestoneFact(date(row, "due_date"), decimal(row, "weight"), text(row, "status"),
                        date(row, "completed_on")));
        Map<UUID, List<StatusReportFact>> reports = byProject(rows("select project_id, as_of, percent_complete,"
                + " overall from project_status_report where as_of <= :day and " + factCondition,
                dayToo(binding, day)),
                row -> new StatusReportFact(date(row, "as_of"), decimal(row, "percent_complete"),
                        text(row, "overall")));
        Map<UUID, Terms> termsById = new HashMap<>();
        for (Tuple row : projectRows) {
            UUID id = uuid(row, "id");
            String currency = firstOf(text(row, "currency"), text(row, "budget_currency"), baseCurrency.code());
            termsById.put(id, new Terms(id, text(row, "delivery_model"), currency, decimal(row, "budget_amount"),
                    date(row, "planned_end")));
        }
        Map<UUID, List<BookedTime>> time = bookedTime(day, factCondition, binding, termsById,
                id -> rates.getOrDefault(id, peoplesRates), exchangeRates);
        List<ProjectMoney> projects = new ArrayList<>(projectRows.size());
        for (Tuple row : projectRows) {
            UUID id = uuid(row, "id");
            Terms terms = termsById.get(id);
            BigDecimal percentComplete = EarnedValue.percentComplete(day, milestones.getOrDefault(id, List.of()),
                    reports.getOrDefault(id, List.of()));
            ProjectMoneyFacts facts = new ProjectMoneyFacts(terms, time.getOrDefault(id, List.of()),
                    billings.getOrDefault(id, List.of()), percentComplete, allocations.getOrDefault(id, List.of()));
            projects.add(new ProjectMoney(id, text(row, "key"), text(row, "name"), text(row, "status"),
                    new ProjectPeople(uuid(row, "project_manager_id"), uuid(row, "delivery_manager_id"),
                            uuid(row, "delivery_lead_id")),
                    decimal(row, "probability"), facts, rates.getOrDefault(id, peoplesRates)));
        }
        return new Portfolio(projects, exchangeRates);
    }

    /**
     * The time booked on the projects by the day: a row per person, month and cost currency from project_month_time
     * where it stands for the month's entries (see {@link BookedMonth}), the entries summed per day elsewhere (one
     * query per such month).
     */
    private Map<UUID, List<BookedTime>> bookedTime(LocalDate day, String factCondition, Binding binding,
            Map<UUID, Terms> terms, Function<UUID, Rates> rates, ExchangeRates exchangeRates) {
        Map<UUID, List<BookedTime>> time = new HashMap<>();
        Set<BookedMonth.Key> entryByEntry = new HashSet<>();
        for (Tuple row : rows("""
                select project_id, person_id, month, cost_currency, hours, billable_hours, cost, uncosted_hours,
                       last_day
                from project_month_time where month <= :day and\s""" + factCondition, dayToo(binding, day))) {
            BookedMonth month = new BookedMonth(uuid(row, "project_id"), date(row, "month"),
                    new BookedTime(uuid(row, "person_id"), date(row, "last_day"), decimal(row, "hours"),
                            decimal(row, "billable_hours"), decimal(row, "cost"), text(row, "cost_currency"),
                            decimal(row, "uncosted_hours")));
            if (month.standsForItsEntries(day, terms.get(month.projectId()), rates.apply(month.projectId()),
                    exchangeRates)) {
                time.computeIfAbsent(month.projectId(), ignored -> new ArrayList<>()).add(month.time());
            } else {
                entryByEntry.add(month.key());
            }
        }
        Map<LocalDate, Set<UUID>> projectsByMonth = entryByEntry.stream().collect(Collectors.groupingBy(
                BookedMonth.Key::month, Collectors.mapping(BookedMonth.Key::projectId, Collectors.toSet())));
        projectsByMonth.forEach((month, projectIds) -> {
            for (Tuple row : rows("""
                    select project_id, person_id, entry_date, cost_currency, sum(hours) as hours,
                           coalesce(sum(hours) filter (where billable), 0) as billable_hours, sum(cost_amount) as cost,
                           coalesce(sum(hours) filter (where cost_amount is null), 0) as uncosted_hours
                    from project_time_entry
                    where project_id in (:projectIds) and entry_date >= :month and entry_date < :nextMonth
                      and entry_date <= :day and status <> 'REJECTED' and hours is not null
                    group by project_id, person_id, entry_date, cost_currency""", query -> {
                        query.setParameter("projectIds", projectIds);
                        query.setParameter("month", month);
                        query.setParameter("nextMonth", month.plusMonths(1));
                        query.setParameter("day", day);
                    })) {
                BookedTime booked = new BookedTime(uuid(row, "person_id"), date(row, "entry_date"),
                        decimal(row, "hours"), decimal(row, "billable_hours"), decimal(row, "cost"),
                        text(row, "cost_currency"), decimal(row, "uncosted_hours"));
                UUID projectId = uuid(row, "project_id");
                if (entryByEntry.contains(BookedMonth.Key.of(projectId, booked))) {
                    time.computeIfAbsent(projectId, ignored -> new ArrayList<>()).add(booked);
                }
            }
        });
        return time;
    }

    private ExchangeRates exchangeRates() {
        ExchangeRates rates = new ExchangeRates(baseCurrency.code());
        rows("select currency, effective_from, rate_to_base from exchange_rate", query -> {
        }).forEach(row -> rates.with(text(row, "currency"), date(row, "effective_from"),
                decimal(row, "rate_to_base")));
        return rates;
    }

    private Rates peoplesRates() {
        Rates rates = new Rates();
        rows("select person_id, effective_from, cost_amount, cost_currency, bill_amount, bill_currency"
                + " from person_rate", query -> {
                }).forEach(row -> rates.person(uuid(row, "person_id"), date(row, "effective_from"),
                        money(row, "cost_amount", "cost_currency"), money(row, "bill_amount", "bill_currency")));
        return rates;
    }

    @FunctionalInterface
    private interface Binding {
        void bind(NativeQuery<Tuple> query);
    }

    private static Binding dayToo(Binding binding, LocalDate day) {
        return query -> {
            binding.bind(query);
            query.setParameter("day", day);
        };
    }

    private List<Tuple> rows(String sql, Binding binding) {
        NativeQuery<Tuple> query = session.createNativeQuery(sql, Tuple.class);
        binding.bind(query);
        return query.getResultList();
    }

    private static <T> Map<UUID, List<T>> byProject(List<Tuple> rows, Function<Tuple, T> fact) {
        Map<UUID, List<T>> byProject = new HashMap<>();
        for (Tuple row : rows) {
            byProject.computeIfAbsent(uuid(row, "project_id"), ignored -> new ArrayList<>()).add(fact.apply(row));
        }
        return byProject;
    }

    // The JDBC types of native results depend on the driver and Hibernate's settings: convert what may come.
    private static UUID uuid(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static LocalDate date(Tuple row, String column) {
        Object value = row.get(column);
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static BigDecimal decimal(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? null : value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    /** char(n) columns come padded, and as Character when one long. */
    private static String text(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString().trim();
    }

    private static Money money(Tuple row, String amount, String currency) {
        BigDecimal value = decimal(row, amount);
        String code = text(row, currency);
        return value == null || code == null ? null : new Money(value, code);
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
