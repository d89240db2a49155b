package io.deliveryhub.projects.changerequest;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change request as the API and the {@code deliveryhub.change-request.*} events show it. */
@Schema(name = "ChangeRequest")
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
