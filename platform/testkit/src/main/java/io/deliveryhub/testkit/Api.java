package io.deliveryhub.testkit;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests as a caller with the given roles, the way the gateway forwards them. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String... roles) {
        return withToken(TestTokens.withRoles(roles));
    }

    public static RequestSpecification withToken(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
