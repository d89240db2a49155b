package io.deliveryhub.resources.rate;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.resources.ResourcesTopic;
import io.deliveryhub.resources.exchangerate.KnownExchangeRates;
import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.timeentry.TimeEntryService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RateService {

    static final String RATE_CREATED = "deliveryhub.person-rate.created.v1";

    private final Outbox outbox;
    private final Rates rates;
    private final TimeEntryService timeEntries;
    private final BaseCurrency currency;
    private final KnownExchangeRates exchangeRates;
    private final Clock clock;

    public RateService(Outbox outbox, Rates rates, TimeEntryService timeEntries, BaseCurrency currency,
            KnownExchangeRates exchangeRates, Clock clock) {
        this.outbox = outbox;
        this.rates = rates;
        this.timeEntries = timeEntries;
        this.currency = currency;
        this.exchangeRates = exchangeRates;
        this.clock = clock;
    }

    /**
     * Adds a rate and costs again the entries it now covers: from its date until the next rate's (a rate
     * effective in the past changes what those hours cost, docs/architecture.md#rates), each with an event.
     */
    @Transactional
    public RateView create(UUID personId, RateRequest request, String actor) {
        // Locked so that rates of one person are added one at a time and entries are costed against all of them.
        Person person = Person.<Person> findByIdOptional(personId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Person", personId));
        // One currency per rate (the person's costs and default billing), convertible from the day it takes effect.
        currency.requireConvertible(request.costRate(), request.effectiveFrom(), exchangeRates, "costRate");
        if (request.billRate() != null) {
            request.billRate().requireIn(request.costRate().currency(), "billRate");
        }
        if (PersonRate.count("personId = ?1 and effectiveFrom = ?2", personId, request.effectiveFrom()) > 0) {
            throw new Conflict("duplicate-rate", "A rate effective " + request.effectiveFrom()
                    + " already exists for this person; rates are history, add one effective another day");
        }
        PersonRate rate = new PersonRate();
        rate.id = UUID.randomUUID();
        rate.personId = person.id;
        rate.effectiveFrom = request.effectiveFrom();
        rate.costRate = request.costRate().amount();
        rate.billRate = request.billRate() == null ? null : request.billRate().amount();
        rate.currency = request.costRate().currency();
        rate.createdAt = clock.instant();
        rate.createdBy = actor;
        rate.persist();
        RateView view = RateView.of(rate);
        outbox.publish(ResourcesTopic.event(RATE_CREATED, person.id, rate.id, rate.createdAt,
                AggregateChange.created(1, actor, view)));
        RateHistory history = rates.historyOf(person.id);
        timeEntries.recost(person.id, rate.effectiveFrom, history.supersededOn(rate.effectiveFrom).orElse(null),
                history, actor);
        return view;
    }

    public RateView get(UUID personId, UUID id) {
        return PersonRate.<PersonRate> findByIdOptional(id).filter(rate -> rate.personId.equals(personId))
                .map(RateView::of).orElseThrow(() -> new NotFound("Rate", id));
    }

    public List<RateView> history(UUID personId) {
        if (Person.findByIdOptional(personId).isEmpty()) {
            throw new NotFound("Person", personId);
        }
        return PersonRate.<PersonRate> list("personId", Sort.by("effectiveFrom"), personId).stream()
                .map(RateView::of).toList();
    }
}
