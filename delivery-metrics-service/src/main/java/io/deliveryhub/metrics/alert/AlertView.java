package io.deliveryhub.metrics.alert;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An alert as the API and the {@code deliveryhub.alert.*} events show it. */
@Schema(name = "Alert", example = """
        {"id":"2f6a1c9e-7b3d-4e5f-8a9b-0c1d2e3f4a5b","rule":"DORA_CHANGE_FAILURE_RATE",
         "subjectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10",
         "status":"OPEN","message":"Change failure rate 0.250 over the 30 days to 2026-03-31 is above 0.15",
         "value":0.25,"threshold":0.15,"raisedAt":"2026-03-31T08:00:00Z","acknowledgedAt":null,
         "acknowledgedBy":null,"resolvedAt":null,"version":1,"createdAt":"2026-03-31T08:00:00Z",
         "updatedAt":"2026-03-31T08:00:00Z"}""")
public record AlertView(UUID id, String rule, UUID subjectId, UUID projectId, AlertStatus status, String message,
        BigDecimal value, BigDecimal threshold, Instant raisedAt, Instant acknowledgedAt, String acknowledgedBy,
        Instant resolvedAt, long version, Instant createdAt, Instant updatedAt) {

    public static AlertView of(Alert alert) {
        return new AlertView(alert.id, alert.rule, alert.subjectId, alert.projectId, alert.status, alert.message,
                plain(alert.value), plain(alert.threshold), alert.raisedAt,
                alert.acknowledgedAt, alert.acknowledgedBy, alert.resolvedAt, alert.version, alert.createdAt,
                alert.updatedAt);
    }

    /** Stored with 6 decimals; shown as the rule measured it (0.25, not 0.250000 or 2.5E-1). */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
