package io.deliveryhub.projects.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.money.BaseCurrency;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.warmup.WarmUpCalls;
import io.deliveryhub.platform.warmup.WarmUpExercise;
import io.deliveryhub.projects.client.ClientService;
import io.deliveryhub.projects.client.ClientView;
import io.deliveryhub.projects.client.CreateClientRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The most common writes, a client's and a project's, and the project list, warmed before the service reports ready:
 * the create request through HTTP up to the client check (refused: the client does not exist), and the creates
 * themselves, inserts and events included, in a transaction that is rolled back.
 */
@ApplicationScoped
class ProjectWarmUp implements WarmUpExercise {

    private static final String KEY = "WARM-UP";
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private final ProjectService projects;
    private final ClientService clients;
    private final ObjectMapper json;
    private final BaseCurrency currency;

    ProjectWarmUp(ProjectService projects, ClientService clients, ObjectMapper json, BaseCurrency currency) {
        this.projects = projects;
        this.clients = clients;
        this.json = json;
        this.currency = currency;
    }

    @Override
    public void run(WarmUpCalls calls) throws Exception {
        calls.post("/api/v1/projects", """
                {"key":"%s","name":"Warm-up project","clientId":"%s","plannedStart":"%s","plannedEnd":"%s",
                 "budget":{"amount":"50000.00","currency":"%s"}}"""
                .formatted(KEY, UUID.randomUUID(), START, START.plusDays(90), currency.code()), 422);
        calls.get("/api/v1/projects?size=20", 200);
        calls.get("/api/v1/clients?size=20", 200);
        calls.rolledBack(() -> {
            ClientView client = clients.create(new CreateClientRequest("Warm-up client", null), "warm-up");
            ProjectView project = projects.create(CreateProjectRequest.of(KEY, "Warm-up project", client.id(), START,
                    START.plusDays(90), Money.of(new BigDecimal("50000.00"), currency.code())), "warm-up");
            serialize(project);
        });
    }

    /** As the created answer is written. */
    private void serialize(ProjectView project) {
        try {
            json.writeValueAsBytes(project);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
