package io.deliveryhub.projects.exchangerate;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.platform.money.ExchangeRateLookup;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.ProblemException;
import io.deliveryhub.platform.problem.Unprocessable;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The exchange rates to the base currency, which projects-service owns and announces to every other service. */
@ApplicationScoped
public class ExchangeRateService implements ExchangeRateLookup {

    static final String SET = "deliveryhub.exchange-rate.set.v1";
    private static final Map<String, String> SORTABLE = Map.of("currency", "currency");

    private final Outbox outbox;
    private final BaseCurrency base;
    private final Clock clock;

    public ExchangeRateService(Outbox outbox, BaseCurrency base, Clock clock) {
        this.outbox = outbox;
        this.base = base;
        this.clock = clock;
    }

    /** A rate as written, and whether it is new (rather than replacing the one of the same currency and day). */
    public record Written(ExchangeRateView rate, boolean created) {
    }

    @Transactional
    public Written set(String currency, LocalDate effectiveFrom, BigDecimal rateToBase, String actor) {
        if (!ExchangeRateRules.isCurrencyCode(currency)) {
            throw BadRequest.ofField("currency", "must be an ISO 4217 code such as USD");
        }
        if (base.is(currency)) {
            throw new Unprocessable("base-currency", ExchangeRateRules.baseRefusal(base.code()));
        }
        ExchangeRateRules.rateRefusal(rateToBase).ifPresent(message -> {
            throw BadRequest.ofField("rateToBase", message);
        });
        lockRates();
        return write(currency, effectiveFrom, rateToBase, actor);
    }

    /** All or nothing: one bad item refuses the whole list (422 naming every bad item), else each is written. */
    @Transactional
    public List<ExchangeRateView> setAll(List<BulkExchangeRatesRequest.Item> items, String actor) {
        List<ExchangeRateRules.ItemError> errors = ExchangeRateRules.errors(items, base.code());
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "invalid-exchange-rates", "Unprocessable content", errors.size()
                    + " problem(s) in " + items.size() + " rates; nothing was written, correct the items listed",
                    Map.of("items", errors));
        }
        lockRates();
        List<ExchangeRateView> written = new ArrayList<>();
        for (BulkExchangeRatesRequest.Item item : items) {
            written.add(write(item.currency(), item.effectiveFrom(), item.rateToBase(), actor).rate());
        }
        return written;
    }

    /** Every rate, or those in force on {@code asOf} (one per currency); optionally of one currency. */
    public ResultPage<ExchangeRateView> list(String currency, LocalDate asOf, PageRequest page) {
        if (currency != null && !ExchangeRateRules.isCurrencyCode(currency)) {
            throw BadRequest.ofField("currency", "must be an ISO 4217 code such as USD");
        }
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (currency != null) {
            conditions.add("r.currency = :currency");
            parameters.and("currency", currency);
        }
        if (asOf != null) {
            conditions.add("r.effectiveFrom = (select max(x.effectiveFrom) from ExchangeRate x"
                    + " where x.currency = r.currency and x.effectiveFrom <= :asOf)");
            parameters.and("asOf", asOf);
        }
        var sort = page.toSort(SORTABLE, "currency").and("effectiveFrom");
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var query = ExchangeRate.<ExchangeRate> find("from ExchangeRate r" + where, sort, parameters);
        return ResultPage.of(query, page, rate -> ExchangeRateView.of(rate, base.code()));
    }

    @Override
    public Optional<BigDecimal> rateToBase(String currency, LocalDate day) {
        return ExchangeRate.find("select r.rateToBase from ExchangeRate r where r.currency = ?1"
                + " and r.effectiveFrom <= ?2 order by r.effectiveFrom desc", currency, day)
                .project(BigDecimal.class).firstResultOptional();
    }

    private Written write(String currency, LocalDate effectiveFrom, BigDecimal value, String actor) {
        BigDecimal rateToBase = value.setScale(ExchangeRateRules.FRACTION_DIGITS, RoundingMode.UNNECESSARY);
        Instant now = clock.instant();
        Optional<ExchangeRate> existing = ExchangeRate.find("currency = ?1 and effectiveFrom = ?2", currency,
                effectiveFrom).firstResultOptional();
        if (existing.isPresent() && existing.get().rateToBase.compareTo(rateToBase) == 0) {
            return new Written(ExchangeRateView.of(existing.get(), base.code()), false);
        }
        ExchangeRate rate = existing.orElseGet(ExchangeRate::new);
        ExchangeRateView before = existing.map(found -> ExchangeRateView.of(found, base.code())).orElse(null);
        if (existing.isEmpty()) {
            rate.stampCreated(now);
            rate.currency = currency;
            rate.effectiveFrom = effectiveFrom;
        } else {
            rate.stampChanged(now);
        }
        rate.rateToBase = rateToBase;
        rate.updatedBy = actor;
        rate.persist();
        ExchangeRateView after = ExchangeRateView.of(rate, base.code());
        AggregateChange change = before == null ? AggregateChange.created(rate.version, actor, after)
                : AggregateChange.updated(rate.version, actor, before, after);
        // Keyed by currency, so every rate of one currency stays in order on one partition.
        outbox.publish(new DomainEvent(UUID.randomUUID(), Topics.PROJECTS, SET, currency,
                currency + ":" + effectiveFrom, now, change));
        return new Written(after, before == null);
    }

    /** Writers of rates queue one behind the other, so two setting the same currency and day never both insert. */
    private static void lockRates() {
        ExchangeRate.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "exchange-rates").getSingleResult();
    }
}
