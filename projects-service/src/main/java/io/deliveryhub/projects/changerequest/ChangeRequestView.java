package io.deliveryhub.projects.changerequest;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change request as the API and the {@code deliveryhub.change-request.*} events show it. */
@Schema(name = "ChangeRequest", examples = """
        {"id":"8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f60","projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10",
         "title":"PSD2 strong authentication","scope":"Add SCA to the payment initiation flow",
         "budgetDelta":{"amount":"15000.00","currency":"EUR"},"budgetHoursDelta":120.00,"scheduleDeltaDays":14,
         "status":"APPROVED","submittedBy":"person-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed",
         "decisionReason":"Client signed the change order","decidedBy":"person-9c858901-8a57-4791-81fe-4c455b099bc9",
         "decidedAt":"2026-04-10T14:02:11Z","baselineVersion":2,"version":2,
         "createdAt":"2026-04-08T09:00:00Z","updatedAt":"2026-04-10T14:02:11Z"}""")
public record ChangeRequestView(UUID id, UUID projectId, String title, String scope, Money budgetDelta,
        BigDecimal budgetHoursDelta, int scheduleDeltaDays, ChangeRequestStatus status, String submittedBy,
        String decisionReason, String decidedBy, Instant decidedAt,
        @Schema(description = "the baseline version its approval created") Integer baselineVersion,
        long version, Instant createdAt, Instant updatedAt) {

    static ChangeRequestView of(ChangeRequest request) {
        return new ChangeRequestView(request.id, request.projectId, request.title, request.scope,
                Money.of(request.budgetDeltaAmount, request.budgetDeltaCurrency), request.budgetHoursDelta,
                request.scheduleDeltaDays, request.status, request.submittedBy, request.decisionReason,
                request.decidedBy, request.decidedAt, request.baselineVersion, request.version, request.createdAt,
                request.updatedAt);
    }
}
