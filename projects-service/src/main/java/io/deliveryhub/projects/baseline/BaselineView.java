package io.deliveryhub.projects.baseline;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A baseline version as the API and {@code deliveryhub.project.baseline-changed.v1} show it. */
@Schema(name = "Baseline", examples = """
        {"id":"2c1f9d0e-7b5a-4e3c-8d21-5f6a7b8c9d01","projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10","version":2,
         "plannedStart":"2026-03-02","plannedEnd":"2026-10-14","budget":{"amount":"265000.00","currency":"EUR"},
         "budgetHours":2520,"reason":"Change request approved: PSD2 strong authentication",
         "changeRequestId":"8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f60","createdAt":"2026-04-10T14:02:11Z",
         "createdBy":"person-9c858901-8a57-4791-81fe-4c455b099bc9"}""")
public record BaselineView(UUID id, UUID projectId, int version, LocalDate plannedStart, LocalDate plannedEnd,
        Money budget, BigDecimal budgetHours, String reason,
        @Schema(description = "the approved change request that made this version; null for version 1") UUID changeRequestId,
        Instant createdAt, String createdBy) {

    public static BaselineView of(Baseline baseline) {
        return new BaselineView(baseline.id, baseline.projectId, baseline.version, baseline.plannedStart,
                baseline.plannedEnd, baseline.budget(), baseline.budgetHours, baseline.reason,
                baseline.changeRequestId, baseline.createdAt, baseline.createdBy);
    }

    /** This version with the plan of an earlier one: compared with this, it yields exactly the plan's changes. */
    BaselineView withPlanOf(BaselineView earlier) {
        return new BaselineView(id, projectId, version, earlier.plannedStart, earlier.plannedEnd, earlier.budget,
                earlier.budgetHours, reason, changeRequestId, createdAt, createdBy);
    }
}
