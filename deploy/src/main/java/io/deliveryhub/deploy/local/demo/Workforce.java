package io.deliveryhub.deploy.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The firm's people with their skills and their cost and bill rates (a raise for some halfway through the history). */
final class Workforce implements Stage {

    @Override
    public String name() {
        return "people";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        Map<String, String> onFile = new LinkedHashMap<>();
        for (JsonNode person : seeding.api().all("/api/v1/people?q=" + Names.EMAIL_DOMAIN)) {
            onFile.put(person.path("email").asText(), person.path("id").asText());
        }
        seeding.each(seeding.plan().people(), person -> {
            String id = onFile.get(person.email());
            boolean isNew = id == null;
            if (isNew) {
                id = seeding.api().post("/api/v1/people", Body.of("name", person.name(), "email", person.email(),
                        "title", person.title(), "practice", person.practice(), "location", person.location(),
                        "employmentType", "EMPLOYEE", "capacityHoursPerWeek", person.capacityHoursPerWeek(),
                        "activeFrom", person.activeFrom().toString()), 201).path("id").asText();
                tally.created("people");
            } else {
                tally.existing("people");
            }
            seeding.person(person, id);
            skills(seeding, tally, person, id, isNew);
            rates(seeding, tally, person, id, isNew);
        });
    }

    private static void skills(Seeding seeding, Tally tally, PlannedPerson person, String id, boolean isNew) {
        Set<String> held = new HashSet<>();
        if (!isNew) {
            seeding.api().get("/api/v1/people/" + id + "/skills").forEach(skill -> held.add(skill.path("skillId").asText()));
        }
        person.skills().forEach((skill, level) -> {
            String skillId = seeding.skillId(skill);
            if (held.contains(skillId)) {
                tally.existing("skills");
            } else {
                seeding.api().put("/api/v1/people/" + id + "/skills/" + skillId,
                        Body.of("level", level, "years", BigDecimal.valueOf(level * 1.5)));
                tally.created("skills");
            }
        });
    }

    private static void rates(Seeding seeding, Tally tally, PlannedPerson person, String id, boolean isNew) {
        Set<String> effective = new HashSet<>();
        if (!isNew) {
            seeding.api().get("/api/v1/people/" + id + "/rates").forEach(rate -> effective.add(rate.path("effectiveFrom").asText()));
        }
        rate(seeding, tally, id, effective, person.activeFrom(), person.costRate(), person.billRate());
        if (person.raiseFrom() != null) {
            rate(seeding, tally, id, effective, person.raiseFrom(), raised(person.costRate()), raised(person.billRate()));
        }
    }

    private static void rate(Seeding seeding, Tally tally, String id, Set<String> effective, LocalDate from,
            BigDecimal cost, BigDecimal bill) {
        if (effective.contains(from.toString())) {
            tally.existing("rates");
            return;
        }
        seeding.api().post("/api/v1/people/" + id + "/rates", Body.of("effectiveFrom", from.toString(),
                "costRate", Body.money(cost, FirmPlan.BASE_CURRENCY), "billRate", Body.money(bill, FirmPlan.BASE_CURRENCY)), 201);
        tally.created("rates");
    }

    private static BigDecimal raised(BigDecimal rate) {
        return rate.multiply(PlannedPerson.RAISE).setScale(0, RoundingMode.HALF_EVEN);
    }
}
