package io.deliveryhub.projects.feedback;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.problem.Unprocessable;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.history.ProjectEvents;
import io.deliveryhub.projects.milestone.Milestones;
import io.deliveryhub.projects.project.Project;
import io.deliveryhub.projects.project.ProjectService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class FeedbackService {

    static final String RECEIVED = "deliveryhub.feedback.received.v1";
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "csat", "csat", "nps", "nps");

    private final ProjectService projects;
    private final ProjectEvents events;
    private final Milestones milestones;
    private final Clock clock;

    public FeedbackService(ProjectService projects, ProjectEvents events, Milestones milestones, Clock clock) {
        this.projects = projects;
        this.events = events;
        this.milestones = milestones;
        this.clock = clock;
    }

    @Transactional
    public FeedbackView record(String idOrKey, RecordFeedbackRequest request, String actor) {
        Project project = projects.openForRecords(idOrKey, "client feedback");
        if (request.milestoneId() != null && !milestones.isOf(request.milestoneId(), project.id)) {
            throw new Unprocessable("unknown-milestone", "milestoneId " + request.milestoneId()
                    + " is not a milestone of project " + project.key);
        }
        Feedback feedback = new Feedback();
        feedback.stampCreated(clock.instant());
        feedback.projectId = project.id;
        feedback.milestoneId = request.milestoneId();
        feedback.csat = request.csat();
        feedback.nps = request.nps();
        feedback.comment = request.comment();
        feedback.receivedBy = actor;
        feedback.persist();
        FeedbackView view = FeedbackView.of(feedback);
        events.publish(RECEIVED, project.id, feedback.id, feedback.createdAt,
                AggregateChange.created(feedback.version, actor, view));
        return view;
    }

    public ResultPage<FeedbackView> list(String idOrKey, PageRequest page) {
        var sort = page.sort == null || page.sort.isBlank()
                ? Sort.descending("createdAt")
                : page.toSort(SORTABLE, "createdAt");
        return ResultPage.of(Feedback.<Feedback> find("projectId", sort, projects.find(idOrKey).id), page,
                FeedbackView::of);
    }

    public FeedbackView get(String idOrKey, UUID feedbackId) {
        UUID projectId = projects.find(idOrKey).id;
        return Feedback.<Feedback> findByIdOptional(feedbackId)
                .filter(feedback -> feedback.projectId.equals(projectId))
                .map(FeedbackView::of)
                .orElseThrow(() -> new NotFound("Feedback", feedbackId));
    }
}
