package io.deliveryhub.projects.statusreport;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.history.ProjectEvents;
import io.deliveryhub.projects.project.OpenProject;
import io.deliveryhub.projects.project.Project;
import io.deliveryhub.projects.project.ProjectService;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StatusReportService {

    static final String POSTED = "deliveryhub.status-report.posted.v1";
    /** Newest first: by as-of date, then by when it was posted (a same-day correction wins). */
    private static final Sort NEWEST_FIRST = Sort.descending("asOf").and("createdAt", Sort.Direction.Descending);

    private final ProjectService projects;
    private final ProjectEvents events;
    private final Clock clock;

    public StatusReportService(ProjectService projects, ProjectEvents events, Clock clock) {
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param source what the report says it came from, already forced to PIPELINE for pipeline callers
     */
    @Transactional
    public StatusReportView post(String idOrKey, PostStatusReportRequest request, StatusSource source, String actor) {
        OpenProject project = projects.openRecordsOf(idOrKey, "status reports");
        if (request.asOf().isAfter(LocalDate.now(clock))) {
            throw BadRequest.ofField("asOf", "must not be in the future (today is " + LocalDate.now(clock) + ")");
        }
        StatusReport report = new StatusReport();
        report.stampCreated(clock.instant());
        report.projectId = project.id();
        report.asOf = request.asOf();
        report.overall = request.overall();
        report.schedule = request.schedule();
        report.budget = request.budget();
        report.scope = request.scope();
        report.quality = request.quality();
        report.percentComplete = request.percentComplete();
        report.summary = request.summary().strip();
        report.accomplishments = request.accomplishments();
        report.nextSteps = request.nextSteps();
        report.blockers = request.blockers();
        report.source = source;
        report.reportedBy = actor;
        report.persist();
        StatusReportView view = StatusReportView.of(report);
        events.publish(POSTED, project.id(), report.id, report.createdAt,
                AggregateChange.createdAsText(report.version, actor, view));
        return view;
    }

    public ResultPage<StatusReportView> list(String idOrKey, PageRequest page, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw BadRequest.ofField("to", "must not be before from");
        }
        List<String> conditions = new ArrayList<>(List.of("projectId = :project"));
        Parameters parameters = Parameters.with("project", projects.find(idOrKey).id);
        if (from != null) {
            conditions.add("asOf >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            conditions.add("asOf <= :to");
            parameters.and("to", to);
        }
        return ResultPage.of(StatusReport.<StatusReport> find(String.join(" and ", conditions), NEWEST_FIRST,
                parameters), page, StatusReportView::of);
    }

    public StatusReportView latest(String idOrKey) {
        Project project = projects.find(idOrKey);
        return StatusReport.<StatusReport> find("projectId", NEWEST_FIRST, project.id).firstResultOptional()
                .map(StatusReportView::of)
                .orElseThrow(() -> new NotFound("Status report", "of project " + project.key + " (none posted yet)"));
    }

    public StatusReportView get(String idOrKey, UUID reportId) {
        UUID projectId = projects.find(idOrKey).id;
        return StatusReport.<StatusReport> findByIdOptional(reportId)
                .filter(report -> report.projectId.equals(projectId))
                .map(StatusReportView::of)
                .orElseThrow(() -> new NotFound("Status report", reportId));
    }
}
