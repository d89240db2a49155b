package io.deliveryhub.metrics.alert;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A rule's condition holding for one subject right now.
 *
 * @param subjectId what the alert is about: a project, or a person for allocation rules
 * @param projectId the project it belongs to, when it belongs to one (the event key and a list filter)
 * @param value the measured value that breaches, when the rule measures one
 */
public record Breach(String rule, UUID subjectId, UUID projectId, String message, BigDecimal value,
        BigDecimal threshold) {
}
