package io.deliveryhub.testkit;

import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/**
 * The people test projects name as their project manager, delivery manager and delivery lead. A project's writes
 * need a stake in it, so tests that act on a fixture project in one of those roles act as the person it names.
 */
public final class ProjectStaff {

    public static final UUID PROJECT_MANAGER_ID = UUID.fromString("0a000000-0000-4000-8000-00000000000a");
    public static final UUID DELIVERY_MANAGER_ID = UUID.fromString("0b000000-0000-4000-8000-00000000000b");
    public static final UUID DELIVERY_LEAD_ID = UUID.fromString("0c000000-0000-4000-8000-00000000000c");

    private ProjectStaff() {
    }

    /** A request in this role as the person fixture projects name in its place; other roles as a fresh person. */
    public static RequestSpecification as(String role) {
        return switch (role) {
            case "PROJECT_MANAGER" -> Api.withToken(TestTokens.person(PROJECT_MANAGER_ID, role));
            case "DELIVERY_MANAGER" -> Api.withToken(TestTokens.person(DELIVERY_MANAGER_ID, role));
            case "DELIVERY_LEAD" -> Api.withToken(TestTokens.person(DELIVERY_LEAD_ID, role));
            default -> Api.as(role);
        };
    }
}
