package io.deliveryhub.projects.ratecard;

import static io.deliveryhub.platform.security.Roles.ADMIN;
import static io.deliveryhub.platform.security.Roles.DELIVERY_MANAGER;
import static io.deliveryhub.platform.security.Roles.HEAD_OF_DELIVERY;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.problem.ProblemException;
import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.security.ProjectStakes;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.exchangerate.ExchangeRateService;
import io.deliveryhub.projects.history.ProjectEvents;
import io.deliveryhub.projects.project.Project;
import io.deliveryhub.projects.project.ProjectService;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A project's rate card: the bill rates it sets for people, overriding their default bill rates on it. */
@ApplicationScoped
public class ProjectRateService {

    static final String SET = "deliveryhub.project-rate.set.v1";
    static final String REMOVED = "deliveryhub.project-rate.removed.v1";
    private static final String RECORDS = "rate card";

    private final ProjectService projects;
    private final ProjectEvents events;
    private final BaseCurrency currency;
    private final ExchangeRateService exchangeRates;
    private final Clock clock;

    public ProjectRateService(ProjectService projects, ProjectEvents events, BaseCurrency currency,
            ExchangeRateService exchangeRates, Clock clock) {
        this.projects = projects;
        this.events = events;
        this.currency = currency;
        this.exchangeRates = exchangeRates;
        this.clock = clock;
    }

    /** The caller's role is checked by the resource; their stake in the project here (403), then the money (422). */
    @Transactional
    public ProjectRateView add(String idOrKey, AddProjectRateRequest request, String actor) {
        Project project = projects.openForRecords(idOrKey, RECORDS);
        request.billRate().requireIn(project.currency, "billRate");
        currency.requireConvertible(request.billRate(), request.effectiveFrom(), exchangeRates, "billRate");
        if (ProjectRate.count("projectId = ?1 and personId = ?2 and effectiveFrom = ?3", project.id,
                request.personId(), request.effectiveFrom()) > 0) {
            throw new Conflict("duplicate-rate", "Project " + project.key + " already has a rate for person "
                    + request.personId() + " effective " + request.effectiveFrom()
                    + "; remove that entry first, or add one effective another day");
        }
        ProjectRate rate = new ProjectRate();
        rate.stampCreated(clock.instant());
        rate.projectId = project.id;
        rate.personId = request.personId();
        rate.effectiveFrom = request.effectiveFrom();
        rate.billAmount = request.billRate().amount();
        rate.billCurrency = request.billRate().currency();
        rate.createdBy = actor;
        rate.persist();
        ProjectRateView view = ProjectRateView.of(rate);
        events.publish(SET, project.id, rate.id, rate.createdAt, AggregateChange.created(rate.version, actor, view));
        return view;
    }

    /**
     * Rates are cost-and-margin data (docs/money.md): delivery management sees every card, a project manager only
     * the card of a project they manage.
     */
    public ResultPage<ProjectRateView> list(String idOrKey, PageRequest page, Actor actor) {
        Project project = projects.find(idOrKey);
        boolean management = actor.hasAnyRole(DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN);
        if (!management && (actor.personId().isEmpty()
                || !Objects.equals(actor.personId().get(), project.projectManagerId))) {
            throw new ProblemException(403, ProjectStakes.NOT_YOUR_PROJECT, "Forbidden", "Project " + project.key
                    + " is not yours: a project's rate card is for delivery management and its project manager",
                    Map.of());
        }
        var query = ProjectRate.<ProjectRate> find("projectId = :project",
                Sort.by("personId").and("effectiveFrom"), Parameters.with("project", project.id));
        return ResultPage.of(query, page, ProjectRateView::of);
    }

    /** The entry goes; the person's previous entry on the project (or their default bill rate) applies again. */
    @Transactional
    public void remove(String idOrKey, UUID entryId, String actor) {
        Project project = projects.openForRecords(idOrKey, RECORDS);
        ProjectRate rate = ProjectRate.<ProjectRate> findByIdOptional(entryId, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.projectId.equals(project.id))
                .orElseThrow(() -> new NotFound("Rate card entry", entryId));
        rate.stampChanged(clock.instant());
        rate.delete();
        events.publish(REMOVED, project.id, rate.id, rate.updatedAt,
                AggregateChange.created(rate.version, actor, ProjectRateView.of(rate)));
    }
}
