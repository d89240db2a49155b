package io.deliveryhub.gateway.auth;

import java.util.Set;

/** The roles of docs/access.md#roles; the gateway hands them on and checks only ADMIN itself. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final Set<String> ALL = Set.of("HEAD_OF_DELIVERY", "DELIVERY_MANAGER", "PROJECT_MANAGER",
            "DELIVERY_LEAD", "TEAM_MEMBER", "INTEGRATION_CRM", "INTEGRATION_TIMESHEETS", "INTEGRATION_PIPELINES",
            ADMIN);
    /** An API key stands for an integration, never for a person (whose rights follow their own identity). */
    public static final Set<String> FOR_API_KEYS = Set.of("INTEGRATION_CRM", "INTEGRATION_TIMESHEETS",
            "INTEGRATION_PIPELINES", ADMIN);

    private Roles() {
    }
}
