package io.deliveryhub.resources.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.ProjectStatuses;
import io.deliveryhub.resources.project.ProjectStateApplied;
import io.deliveryhub.resources.resourcerequest.CreateResourceRequest;
import io.deliveryhub.resources.resourcerequest.ResourceRequestService;
import io.deliveryhub.resources.resourcerequest.SkillRequirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Keeps the pipeline demand read model in step with the projects' events (docs/pipeline-demand.md): the lines a
 * project carries replace what was held, in the transaction that applies the event; capacity planning counts them,
 * weighted by the win probability, while the project is PROPOSED. When the opportunity is won each line becomes a
 * resource request, once.
 */
@ApplicationScoped
public class PipelineDemands {

    private final ResourceRequestService requests;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    public PipelineDemands(ResourceRequestService requests, EntityManager entityManager, ObjectMapper json) {
        this.requests = requests;
        this.entityManager = entityManager;
        this.json = json;
    }

    void apply(@Observes ProjectStateApplied applied) {
        List<DemandLine> lines = DemandLine.of(applied.state().get("demand"), json);
        entityManager.createNativeQuery("delete from pipeline_demand where project_id = :project")
                .setParameter("project", applied.projectId()).executeUpdate();
        for (DemandLine line : lines) {
            entityManager.createNativeQuery("""
                    insert into pipeline_demand (project_id, line_id, role, skills, hours_per_week, from_date, to_date)
                    values (:project, :line, :role, cast(:skills as jsonb), :hours, :from, :to)""")
                    .setParameter("project", applied.projectId()).setParameter("line", line.id())
                    .setParameter("role", line.role()).setParameter("skills", write(line.skills()))
                    .setParameter("hours", line.hoursPerWeek()).setParameter("from", line.from())
                    .setParameter("to", line.to()).executeUpdate();
        }
        if (won(applied)) {
            for (DemandLine line : lines) {
                requests.openForDemand(line.id(), new CreateResourceRequest(applied.projectId(), line.requestRole(),
                        line.skills().stream().map(s -> new SkillRequirement(null, s.skill(), s.minLevel())).toList(),
                        line.hoursPerWeek(), line.from(), line.to(), null));
            }
        }
    }

    /**
     * The event moved the opportunity out of PROPOSED into delivery (or announced it there first): CANCELLED and CLOSED
     * projects take no records, so no requests either.
     */
    static boolean won(ProjectStateApplied applied) {
        boolean wasProposal = applied.statusBefore() == null || ProjectStatuses.isProposal(applied.statusBefore());
        return wasProposal && !ProjectStatuses.isProposal(applied.status()) && applied.acceptsRecords();
    }

    private String write(List<DemandLine.Skill> skills) {
        try {
            return json.writeValueAsString(skills);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
