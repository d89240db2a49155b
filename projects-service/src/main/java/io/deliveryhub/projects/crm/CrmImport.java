package io.deliveryhub.projects.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.FieldError;
import io.deliveryhub.platform.problem.ProblemException;
import io.deliveryhub.projects.ExternalRef;
import io.deliveryhub.projects.client.ClientService;
import io.deliveryhub.projects.client.UpsertClientRequest;
import io.deliveryhub.projects.project.CreateProjectRequest;
import io.deliveryhub.projects.project.EditableProject;
import io.deliveryhub.projects.project.Project;
import io.deliveryhub.projects.project.ProjectService;
import io.deliveryhub.projects.project.ProjectStatus;
import io.deliveryhub.projects.project.ProjectView;
import io.deliveryhub.projects.project.RoleDemand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Maps CRM opportunities onto clients and projects (docs/architecture.md#crm-import): the account becomes a client, the
 * opportunity a PROPOSED project carrying the win probability; a won deal moves it to PLANNING and a lost one
 * cancels it. While the project is PROPOSED the CRM owns its name, dates, budget and probability; once it is
 * won the delivery organisation owns it and later messages change nothing but the stage transitions. The same goes for
 * the opportunity's role demand (docs/pipeline-demand.md).
 */
@ApplicationScoped
public class CrmImport {

    static final String SYSTEM = "crm";
    /** A lost deal cancels only work that has not started; an ACTIVE project is the delivery team's call. */
    private static final Set<ProjectStatus> CANCELLABLE_BY_CRM = Set.of(ProjectStatus.PROPOSED, ProjectStatus.PLANNING);

    private final ClientService clients;
    private final ProjectService projects;
    private final ObjectMapper json;
    private final Clock clock;

    public CrmImport(ClientService clients, ProjectService projects, ObjectMapper json, Clock clock) {
        this.clients = clients;
        this.projects = projects;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public OpportunityImported handle(OpportunityMessage message, String actor) {
        Money budget = budget(message);
        if (message.expectedStart() != null && message.expectedEnd() != null
                && message.expectedEnd().isBefore(message.expectedStart())) {
            throw BadRequest.ofField("expectedEnd", "must not be before expectedStart");
        }
        List<RoleDemand> demand = demand(message);
        // Messages about one opportunity are handled one at a time, so a replay racing its original waits and
        // then finds the answer recorded.
        advisoryLock("crm-opportunity:" + message.opportunityId());
        String digest = digest(message);
        Optional<CrmMessage> handled = CrmMessage.findByIdOptional(digest);
        if (handled.isPresent()) {
            return read(handled.get().response);
        }
        UUID clientId = clients.upsert(new ExternalRef(SYSTEM, message.accountId()),
                new UpsertClientRequest(message.accountName(), null, null), actor).client().id();
        ProjectView project = upsertProject(message, clientId, budget, demand, actor);
        String reason = "CRM opportunity " + message.opportunityId() + " is " + message.stage().strip();
        if (message.won() && project.status() == ProjectStatus.PROPOSED) {
            project = projects.transition(projects.lock(project.id().toString()), ProjectStatus.PLANNING, reason, actor);
        } else if (message.lost() && CANCELLABLE_BY_CRM.contains(project.status())) {
            project = projects.transition(projects.lock(project.id().toString()), ProjectStatus.CANCELLED, reason, actor);
        }
        OpportunityImported answer = new OpportunityImported(message.opportunityId(), clientId, project.id(),
                project.key(), project.status());
        CrmMessage record = new CrmMessage();
        record.digest = digest;
        record.opportunityId = message.opportunityId();
        record.response = write(answer);
        record.receivedAt = clock.instant();
        record.persist();
        return answer;
    }

    /** @param demand the opportunity's role demand, or null when the message says nothing about it */
    private ProjectView upsertProject(OpportunityMessage message, UUID clientId, Money budget, List<RoleDemand> demand,
            String actor) {
        Optional<UUID> existing = Project.find("select p.id from Project p where p.opportunitySystem = ?1"
                + " and p.opportunityId = ?2", SYSTEM, message.opportunityId()).project(UUID.class).firstResultOptional();
        if (existing.isEmpty()) {
            String key = freeKey(message.name());
            CreateProjectRequest request = new CreateProjectRequest(key, message.name().strip(), clientId, null, null,
                    null, null, null, message.expectedStart(), message.expectedEnd(), budget, null, List.of(),
                    message.probability(), budget == null ? null : budget.currency());
            return projects.create(request, new ExternalRef(SYSTEM, message.opportunityId()),
                    demand == null ? List.of() : demand, actor);
        }
        Project project = projects.lock(existing.get().toString());
        if (project.status != ProjectStatus.PROPOSED) {
            return ProjectView.of(project);
        }
        EditableProject forecast = EditableProject.of(project).withForecast(message.name().strip(), clientId,
                message.expectedStart(), message.expectedEnd(), budget, message.probability());
        return projects.apply(project, forecast, demand == null ? project.demand : demand, actor,
                "CRM opportunity " + message.opportunityId() + " updated");
    }

    /** The first free key for the name; names that make the same key queue on a lock so two never race for it. */
    private String freeKey(String name) {
        String base = ProjectKeys.base(name);
        advisoryLock("crm-key:" + base);
        for (int n = 1;; n++) {
            String candidate = ProjectKeys.candidate(base, n);
            if (Project.findByKey(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /** The message's role demand, checked as a whole before anything is written: 422 listing every bad line. */
    private static List<RoleDemand> demand(OpportunityMessage message) {
        if (message.demand() == null) {
            return null;
        }
        List<FieldError> problems = DemandCheck.problems(message.demand());
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "invalid-demand", "Unprocessable content", problems.size()
                    + " problem(s) with the opportunity's demand, nothing was imported: " + problems.get(0).field()
                    + " " + problems.get(0).message(), Map.of("errors", problems));
        }
        return DemandCheck.normalised(message.demand());
    }

    private Money budget(OpportunityMessage message) {
        if (message.amount() == null) {
            return null;
        }
        if (message.currency() == null) {
            throw BadRequest.ofField("currency", "must be given with amount");
        }
        return Money.of(message.amount(), message.currency());
    }

    private static void advisoryLock(String key) {
        Project.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", key).getSingleResult();
    }

    private String digest(OpportunityMessage message) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(write(message).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private OpportunityImported read(String stored) {
        try {
            return json.readValue(stored, OpportunityImported.class);
        } catch (JsonProcessingException corrupt) {
            throw new UncheckedIOException(corrupt);
        }
    }
}
