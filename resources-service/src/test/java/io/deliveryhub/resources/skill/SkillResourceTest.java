package io.deliveryhub.resources.skill;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.resources.PublishedEvents;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.EventSchemas;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SkillResourceTest {

    private static String newSkill(String name) {
        return Api.as(DELIVERY_MANAGER).body(Map.of("name", name, "category", "Platform")).post("/api/v1/skills")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void catalogueNamesAreUniqueWhateverTheirCase() {
        String name = "Kubernetes " + Fixtures.unique();
        String id = newSkill(name);
        Api.as(ADMIN).body(Map.of("name", "  " + name.toUpperCase() + " ")).post("/api/v1/skills")
                .then().statusCode(409).body("type", endsWith("/duplicate-skill"));
        Api.as(TEAM_MEMBER).get("/api/v1/skills/" + id).then().statusCode(200).header("ETag", "\"1\"").body("name", is(name));
        Api.as(TEAM_MEMBER).queryParam("q", name.substring(11)).get("/api/v1/skills").then().body("total", is(1));
        EventSchemas.assertValid(SkillService.SKILL_CREATED, PublishedEvents.await(id, SkillService.SKILL_CREATED).value());
    }

    @Test
    void catalogueIsWrittenByPeopleManagersOnly() {
        Api.as(TEAM_MEMBER, PROJECT_MANAGER).body(Map.of("name", "X " + Fixtures.unique())).post("/api/v1/skills")
                .then().statusCode(403);
        Api.as(ADMIN).body(Map.of("category", "none")).post("/api/v1/skills")
                .then().statusCode(400).body("errors[0].field", is("name"));
        Api.as(ADMIN).get("/api/v1/skills/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aPersonSetsTheirOwnSkillLevel() {
        UUID person = Fixtures.newPerson();
        String skill = newSkill("Java " + Fixtures.unique());
        var self = Api.withToken(TestTokens.person(person, TEAM_MEMBER));

        self.body(Map.of("level", 3, "years", 2)).put("/api/v1/people/" + person + "/skills/" + skill)
                .then().statusCode(201).body("level", is(3), "years", is(2.0f), "version", is(1));
        Api.withToken(TestTokens.person(person, TEAM_MEMBER)).body(Map.of("level", 4, "years", 2.5))
                .put("/api/v1/people/" + person + "/skills/" + skill)
                .then().statusCode(200).header("ETag", "\"2\"").body("level", is(4), "years", is(2.5f));
        Api.as(PROJECT_MANAGER).get("/api/v1/people/" + person + "/skills")
                .then().statusCode(200).body("skillId", contains(skill), "[0].level", is(4), "[0].skillName", startsWith("Java"));

        EventSchemas.assertValid(PersonSkillService.SKILL_SET, PublishedEvents.await(person.toString(),
                PersonSkillService.SKILL_SET, p -> p.at("/state/level").asInt() == 4).value());
    }

    @Test
    void othersNeedToBePeopleManagers() {
        UUID person = Fixtures.newPerson();
        String skill = newSkill("Go " + Fixtures.unique());
        Api.withToken(TestTokens.person(UUID.randomUUID(), TEAM_MEMBER, PROJECT_MANAGER)).body(Map.of("level", 3))
                .put("/api/v1/people/" + person + "/skills/" + skill).then().statusCode(403);
        Api.as(DELIVERY_MANAGER).body(Map.of("level", 5)).put("/api/v1/people/" + person + "/skills/" + skill)
                .then().statusCode(201);
        Api.withToken(TestTokens.person(UUID.randomUUID(), TEAM_MEMBER))
                .delete("/api/v1/people/" + person + "/skills/" + skill).then().statusCode(403);
    }

    @Test
    void levelsRunFromOneToFive() {
        UUID person = Fixtures.newPerson();
        String skill = newSkill("Rust " + Fixtures.unique());
        for (int level : new int[] { 0, 6 }) {
            Api.as(ADMIN).body(Map.of("level", level)).put("/api/v1/people/" + person + "/skills/" + skill)
                    .then().statusCode(400).body("errors[0].field", is("level"));
        }
        Api.as(ADMIN).body(Map.of("years", 3)).put("/api/v1/people/" + person + "/skills/" + skill)
                .then().statusCode(400).body("errors[0].field", is("level"));
        Api.as(ADMIN).body(Map.of("level", 3)).put("/api/v1/people/" + person + "/skills/" + UUID.randomUUID())
                .then().statusCode(404);
        Api.as(ADMIN).body(Map.of("level", 3)).put("/api/v1/people/" + UUID.randomUUID() + "/skills/" + skill)
                .then().statusCode(404);
    }

    @Test
    void removesASkillWithAnEvent() {
        UUID person = Fixtures.newPerson();
        String skill = newSkill("Scala " + Fixtures.unique());
        Api.as(ADMIN).body(Map.of("level", 2)).put("/api/v1/people/" + person + "/skills/" + skill).then().statusCode(201);
        Api.withToken(TestTokens.person(person, TEAM_MEMBER)).delete("/api/v1/people/" + person + "/skills/" + skill)
                .then().statusCode(204);
        Api.as(ADMIN).get("/api/v1/people/" + person + "/skills").then().body("", empty());
        Api.as(ADMIN).delete("/api/v1/people/" + person + "/skills/" + skill).then().statusCode(404);
        EventSchemas.assertValid(PersonSkillService.SKILL_REMOVED,
                PublishedEvents.await(person.toString(), PersonSkillService.SKILL_REMOVED).value());
    }
}
