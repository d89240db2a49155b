package io.deliveryhub.deploy.local.demo;

import com.fasterxml.jackson.databind.JsonNode;

/** The firm's skill catalogue, which people's skills point into. */
final class SkillCatalogue implements Stage {

    @Override
    public String name() {
        return "skill catalogue";
    }

    @Override
    public void run(Seeding seeding, Tally tally) {
        for (JsonNode skill : seeding.api().all("/api/v1/skills")) {
            seeding.skill(skill.path("name").asText(), skill.path("id").asText());
        }
        seeding.each(Names.SKILLS, skill -> {
            if (seeding.hasSkill(skill.name())) {
                tally.existing("skills");
            } else {
                JsonNode created = seeding.api().post("/api/v1/skills", Body.of("name", skill.name(),
                        "category", skill.category()), 201);
                seeding.skill(skill.name(), created.path("id").asText());
                tally.created("skills");
            }
        });
    }
}
