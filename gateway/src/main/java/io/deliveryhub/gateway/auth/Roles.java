package io.deliveryhub.gateway.auth;

import java.util.Set;

/** The roles of DESIGN.md §4; the gateway hands them on and checks only ADMIN itself. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final Set<String> ALL = Set.of("HEAD_OF_DELIVERY", "DELIVERY_MANAGER", "PROJECT_MANAGER",
            "DELIVERY_LEAD", "TEAM_MEMBER", "INTEGRATION_CRM", "INTEGRATION_TIMESHEETS", "INTEGRATION_PIPELINES",
            ADMIN);

    private Roles() {
    }
}
