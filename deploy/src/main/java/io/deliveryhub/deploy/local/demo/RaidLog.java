package io.deliveryhub.deploy.local.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Risks, assumptions, issues and dependencies: more and graver ones on projects in trouble, some already dealt with. */
final class RaidLog implements Stage {

    /** An entry of the log as a project team writes it. */
    private record Entry(String type, String title, String description, String mitigation) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("RISK", "Key developer may leave", "Only one person knows the settlement module", "Pair a second developer on it"),
            new Entry("RISK", "Client test data late", "Anonymised production data needed for UAT", "Agree a synthetic data set as fallback"),
            new Entry("RISK", "Third-party API rate limits", "The partner API may throttle the bulk sync", "Negotiate a higher quota; add back-off"),
            new Entry("ISSUE", "Test environment unstable", "Daily outages of the shared test environment", "Client's ops team to add monitoring"),
            new Entry("ISSUE", "Requirements churn on reporting", "Reporting scope changed three times", "Freeze scope; route changes through change requests"),
            new Entry("ASSUMPTION", "Client provides SSO integration", "The client's identity team delivers the SSO set-up", null),
            new Entry("ASSUMPTION", "Cloud budget approved for the year", "Hosting costs are covered by the client", null),
            new Entry("DEPENDENCY", "Core banking upgrade", "Our release depends on the client's core upgrade", "Track in the weekly steering meeting"),
            new Entry("DEPENDENCY", "Security review by the client", "Go-live needs the client's security sign-off", "Book the review slot early"));

    @Override
    public String name() {
        return "RAID items";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        List<SeededProject> projects = seeding.projects().stream()
                .filter(p -> !p.settledBefore() && !p.plan().target().equals("PROPOSED")).toList();
        seeding.each(projects, project -> {
            PlannedProject plan = project.plan();
            Set<String> logged = new HashSet<>();
            seeding.api().all("/api/v1/projects/" + project.id() + "/raid").forEach(item -> logged.add(item.path("title").asText()));
            Random random = plan.random("raid");
            int count = plan.health().equals("RED") ? 5 : plan.health().equals("AMBER") ? 3 : 2;
            int offset = random.nextInt(ENTRIES.size());
            for (int i = 0; i < count; i++) {
                Entry entry = ENTRIES.get((offset + i * 2) % ENTRIES.size());
                boolean grave = i == 0 && !plan.health().equals("GREEN");
                boolean dealtWith = !grave && (plan.endsSettled() || random.nextInt(3) == 0);
                String status = !dealtWith ? "OPEN" : switch (entry.type()) {
                    case "RISK" -> "MITIGATED";
                    case "ISSUE" -> "RESOLVED";
                    default -> "CLOSED";
                };
                Map<String, Object> item = Body.of(
                        "type", entry.type(), "title", entry.title(), "description", entry.description(),
                        "probability", grave ? 4 : 1 + random.nextInt(3), "impact", grave ? 4 + random.nextInt(2) : 2 + random.nextInt(2),
                        "owner", plan.projectManager().name(), "mitigation", entry.mitigation(),
                        "dueDate", seeding.plan().anchor().plusDays(7 + random.nextInt(30)).toString(), "status", status);
                if (logged.contains(entry.title())) {
                    tally.existing("items");
                } else {
                    seeding.api().post("/api/v1/projects/" + project.id() + "/raid", item, 201);
                    tally.created("items");
                }
            }
        });
    }
}
