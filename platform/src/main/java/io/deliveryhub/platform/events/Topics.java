package io.deliveryhub.platform.events;

/** The domain topics of docs/architecture.md#events; dead letters go to {@code <topic>.dlq}. */
public final class Topics {
    public static final String PROJECTS = "deliveryhub.projects.v1";
    public static final String RESOURCES = "deliveryhub.resources.v1";
    public static final String DELIVERY = "deliveryhub.delivery.v1";
    public static final String ALERTS = "deliveryhub.alerts.v1";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
