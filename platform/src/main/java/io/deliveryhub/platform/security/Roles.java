package io.deliveryhub.platform.security;

/** The roles of docs/access.md#roles, as they appear in the internal JWT's {@code groups} claim. */
public final class Roles {
    public static final String HEAD_OF_DELIVERY = "HEAD_OF_DELIVERY";
    public static final String DELIVERY_MANAGER = "DELIVERY_MANAGER";
    public static final String PROJECT_MANAGER = "PROJECT_MANAGER";
    public static final String DELIVERY_LEAD = "DELIVERY_LEAD";
    public static final String TEAM_MEMBER = "TEAM_MEMBER";
    public static final String INTEGRATION_CRM = "INTEGRATION_CRM";
    public static final String INTEGRATION_TIMESHEETS = "INTEGRATION_TIMESHEETS";
    public static final String INTEGRATION_PIPELINES = "INTEGRATION_PIPELINES";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
