package io.deliveryhub.deploy.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code deploy/local/run --demo}: seeds a believable firm through the gateway's public API, as its people and
 * integrations would (never into a database), so that the portfolio, KPIs, DORA, financials and alerts show
 * something on the first start. Deterministic (a fixed seed, dates relative to the day of the first seeding) and
 * idempotent: every stage finds what an earlier run created, by natural keys and external references, and creates
 * only the rest. Prints one line per stage.
 * <p>
 * It works under an API key of its own ({@code demo-seeder-<time>}: ADMIN, with a rate limit that does not slow it
 * down), made with the bootstrap admin key and revoked at the end, and as the firm's head of delivery where only a
 * person may act.
 */
public final class DemoSeeder {

    private static final String SEEDER_KEY_NAME = "demo-seeder";
    private static final int SEEDER_RATE_PER_MINUTE = 1_000_000;
    private static final int WORKERS = 6;
    private static final Duration METRICS_CATCH_UP = Duration.ofSeconds(120);

    private final URI gateway;
    private final String adminApiKey;
    private final DemoScale scale;
    private final PrintStream out;
    private final LocalDate today;

    public DemoSeeder(URI gateway, String adminApiKey, DemoScale scale, PrintStream out) {
        this(gateway, adminApiKey, scale, out, LocalDate.now(ZoneOffset.UTC));
    }

    DemoSeeder(URI gateway, String adminApiKey, DemoScale scale, PrintStream out, LocalDate today) {
        this.gateway = gateway;
        this.adminApiKey = adminApiKey;
        this.scale = scale;
        this.out = out;
        this.today = today;
    }

    /**
     * Seeds the firm, or what of it is missing.
     *
     * @return what each stage did, by stage name in order
     * @throws DemoFailure when the API refuses something, with the request and the problem it answered
     */
    public Map<String, Tally> seed() {
        long began = System.nanoTime();
        PublicApi admin = PublicApi.withApiKey(gateway, adminApiKey);
        FirmPlan plan = anchoredPlan(admin);
        out.printf("Seeding the demo firm (%s; dates relative to %s) through %s%n", scale, plan.anchor(), gateway);
        String seederKeyId = null;
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        try {
            revokeSeederKeys(admin);
            // names stay taken after a revocation, so each run's key has its own
            String name = SEEDER_KEY_NAME + "-" + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replaceAll("[-:]", "");
            JsonNode key = admin.post("/api/v1/admin/api-keys", Map.of("name", name, "roles", List.of("ADMIN"),
                    "rateLimitPerMinute", SEEDER_RATE_PER_MINUTE), 201);
            seederKeyId = key.path("id").asText();
            Seeding seeding = new Seeding(plan, admin.withApiKey(key.path("key").asText()), workers);
            List<Stage> stages = List.of(new Currencies(), new SkillCatalogue(), new Workforce(), new Clients(),
                    new Projects(), new Staffing(), new Timesheets(), new Milestones(), new StatusReports(),
                    new RaidLog(), new ChangeRequests(), new ClientFeedback(), new Pipelines(), new LifecycleEndings());
            for (Stage stage : stages) {
                long stageBegan = System.nanoTime();
                Tally tally = new Tally();
                stage.run(seeding, tally);
                tallies.put(stage.name(), tally);
                out.printf(Locale.ROOT, "  %-26s %-70s %6.1f s%n", stage.name(), tally, seconds(stageBegan));
            }
            awaitPortfolio(seeding);
        } finally {
            workers.shutdownNow();
            if (seederKeyId != null) {
                admin.delete("/api/v1/admin/api-keys/" + seederKeyId);
            }
        }
        int created = tallies.values().stream().mapToInt(Tally::created).sum();
        int existing = tallies.values().stream().mapToInt(Tally::existing).sum();
        out.printf(Locale.ROOT, "Demo firm seeded in %.1f s: %,d records created, %,d already there.%n",
                seconds(began), created, existing);
        return tallies;
    }

    /**
     * The plan anchored on the day of the first seeding, found from the first project's planned start, so that a
     * later run on another day recognises the same firm instead of planning a new one beside it.
     */
    private FirmPlan anchoredPlan(PublicApi admin) {
        FirmPlan fresh = FirmPlan.of(scale, today);
        PlannedProject first = fresh.projects().get(0);
        Optional<JsonNode> seeded = admin.find("/api/v1/projects/" + first.key());
        if (seeded.isEmpty()) {
            return fresh;
        }
        long shift = ChronoUnit.DAYS.between(first.plannedStart(), LocalDate.parse(seeded.get().path("plannedStart").asText()));
        return FirmPlan.of(scale, today.plusDays(shift));
    }

    /** A key left by a run that was stopped half-way is of no more use: nobody knows its secret. */
    private static void revokeSeederKeys(PublicApi admin) {
        for (JsonNode key : admin.get("/api/v1/admin/api-keys").path("items")) {
            if (key.path("name").asText().startsWith(SEEDER_KEY_NAME) && key.path("revokedAt").isNull()) {
                admin.delete("/api/v1/admin/api-keys/" + key.path("id").asText());
            }
        }
    }

    /** delivery-metrics learns everything from events: waits until its portfolio counts every seeded project. */
    private void awaitPortfolio(Seeding seeding) {
        long began = System.nanoTime();
        Instant deadline = Instant.now().plus(METRICS_CATCH_UP);
        JsonNode portfolio = seeding.api().get("/api/v1/metrics/portfolio");
        while (portfolio.path("projects").path("total").asInt() < scale.projects() && Instant.now().isBefore(deadline)) {
            Seeding.pause(Duration.ofMillis(500));
            portfolio = seeding.api().get("/api/v1/metrics/portfolio");
        }
        out.printf(Locale.ROOT, "  %-26s %-70s %6.1f s%n", "portfolio", portfolio.path("projects").path("total").asInt()
                + " projects, " + portfolio.path("openAlerts").asInt() + " open alerts, "
                + portfolio.path("mostAtRisk").size() + " most at risk", seconds(began));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
