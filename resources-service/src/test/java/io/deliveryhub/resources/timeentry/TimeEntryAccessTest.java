package io.deliveryhub.resources.timeentry;

import static io.deliveryhub.platform.security.Roles.*;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.resources.Fixtures;
import io.deliveryhub.testkit.Api;
import io.deliveryhub.testkit.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who decides a time entry and who sees it, beyond the roles. */
@QuarkusTest
class TimeEntryAccessTest {

    private static final String ENTRIES = "/api/v1/time-entries";

    private static RequestSpecification as(UUID person, String... roles) {
        return Api.withToken(TestTokens.person(person, roles));
    }

    private static String logs(UUID person, UUID project, String date) {
        return as(person, TEAM_MEMBER).body(Fixtures.entry(person, project, date, 4)).post(ENTRIES)
                .then().statusCode(201).extract().path("id");
    }

    private static Response approve(RequestSpecification caller, String entry) {
        return caller.body(Map.of("decision", "APPROVED")).post(ENTRIES + "/{id}/decision", entry);
    }

    @Test
    void nobodyDecidesTheirOwnEntryNotEvenTheHeadOfDelivery() {
        UUID manager = Fixtures.person(40);
        UUID project = Fixtures.knownProjectNaming(manager, null, null);
        approve(as(manager, PROJECT_MANAGER), logs(manager, project, "2026-03-02"))
                .then().statusCode(403).body("type", endsWith("/own-entry"), "detail", containsString("your own"));

        UUID head = Fixtures.person(40);
        approve(as(head, HEAD_OF_DELIVERY), logs(head, project, "2026-03-03"))
                .then().statusCode(403).body("type", endsWith("/own-entry"));
    }

    @Test
    void theProjectsManagersOrTheHeadOfDeliveryDecideAndNobodyElse() {
        UUID projectManager = UUID.randomUUID();
        UUID deliveryManager = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        UUID project = Fixtures.knownProjectNaming(projectManager, deliveryManager, lead);
        UUID worker = Fixtures.person(40);
        String entry = logs(worker, project, "2026-03-02");

        approve(Api.as(PROJECT_MANAGER), entry).then().statusCode(403).body("type", endsWith("/not-your-project"));
        approve(Api.as(DELIVERY_MANAGER), entry).then().statusCode(403).body("type", endsWith("/not-your-project"));
        approve(as(lead, PROJECT_MANAGER), entry).then().statusCode(403).body("type", endsWith("/not-your-project"));
        approve(as(lead, DELIVERY_LEAD), entry).then().statusCode(403).body("type", endsWith("/forbidden"));

        approve(as(deliveryManager, DELIVERY_MANAGER), entry).then().statusCode(200).body("status", is("APPROVED"));
        approve(as(projectManager, PROJECT_MANAGER), logs(worker, project, "2026-03-03"))
                .then().statusCode(200).body("status", is("APPROVED"));
        approve(Api.as(HEAD_OF_DELIVERY), logs(worker, project, "2026-03-04"))
                .then().statusCode(200).body("status", is("APPROVED"), "decidedBy", startsWith("person-"));
    }

    @Test
    void peopleSeeTheirOwnEntriesAndThoseOfProjectsTheyManage() {
        UUID managerOfA = UUID.randomUUID();
        UUID deliveryManagerOfB = UUID.randomUUID();
        UUID projectA = Fixtures.knownProjectNaming(managerOfA, null, null);
        UUID projectB = Fixtures.knownProjectNaming(null, deliveryManagerOfB, null);
        UUID alice = Fixtures.person(40);
        UUID bob = Fixtures.person(40);
        String aliceOnA = logs(alice, projectA, "2026-03-02");
        String bobOnB = logs(bob, projectB, "2026-03-02");
        String bobOnA = logs(bob, projectA, "2026-03-03");

        as(alice, TEAM_MEMBER).get(ENTRIES).then().statusCode(200).body("total", is(1), "items.id", contains(aliceOnA));
        as(alice, TEAM_MEMBER).queryParam("personId", bob.toString()).get(ENTRIES).then().body("total", is(0));
        as(managerOfA, PROJECT_MANAGER).get(ENTRIES).then().body("items.id", containsInAnyOrder(aliceOnA, bobOnA));
        as(deliveryManagerOfB, PROJECT_MANAGER).get(ENTRIES).then().body("items.id", contains(bobOnB));
        as(bob, DELIVERY_LEAD).get(ENTRIES).then().body("items.id", containsInAnyOrder(bobOnB, bobOnA));
        Api.withToken(TestTokens.integration("no-person", TEAM_MEMBER)).get(ENTRIES).then().body("total", is(0));
        for (String role : new String[] { DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN, INTEGRATION_TIMESHEETS }) {
            Api.as(role).queryParam("personId", bob.toString()).get(ENTRIES).then().statusCode(200)
                    .body("items.id", containsInAnyOrder(bobOnB, bobOnA));
        }

        as(alice, TEAM_MEMBER).get(ENTRIES + "/{id}", aliceOnA).then().statusCode(200);
        as(alice, TEAM_MEMBER).get(ENTRIES + "/{id}", bobOnB).then().statusCode(404)
                .body("type", endsWith("/not-found"));
        as(managerOfA, PROJECT_MANAGER).get(ENTRIES + "/{id}", bobOnA).then().statusCode(200);
        as(managerOfA, PROJECT_MANAGER).get(ENTRIES + "/{id}", bobOnB).then().statusCode(404);
        Api.as(DELIVERY_MANAGER).get(ENTRIES + "/{id}", bobOnB).then().statusCode(200);
        Api.as(INTEGRATION_TIMESHEETS).get(ENTRIES + "/{id}", aliceOnA).then().statusCode(200);
    }
}
