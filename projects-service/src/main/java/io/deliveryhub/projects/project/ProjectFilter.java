package io.deliveryhub.projects.project;

import java.util.UUID;

/** The filters of {@code GET /projects}; all optional, combined with AND. */
public record ProjectFilter(
        ProjectStatus status,
        UUID clientId,
        UUID deliveryManagerId,
        UUID projectManagerId,
        String practice,
        String tag,
        String q) {
}
