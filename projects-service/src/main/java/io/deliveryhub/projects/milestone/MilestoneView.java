package io.deliveryhub.projects.milestone;

import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone as the API and the {@code deliveryhub.milestone.*} events show it. */
@Schema(name = "Milestone", examples = """
        {"id":"5b3e8a61-2c4d-4e8f-9a1b-3c5d7e9f1a20","projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10",
         "name":"Design sign-off","dueDate":"2026-03-31","weight":2,
         "billingAmount":{"amount":"25000.00","currency":"EUR"},"acceptanceCriteria":"Client approves the UX designs",
         "status":"DONE","completedOn":"2026-03-27","acceptedOn":"2026-03-30","acceptedBy":"person-0b7d...",
         "version":4,"createdAt":"2026-03-02T09:00:00Z","updatedAt":"2026-03-30T15:00:00Z"}""")
public record MilestoneView(UUID id, UUID projectId, String name, LocalDate dueDate,
        @Schema(description = "share of earned value (docs/kpis.md#earned-value); >= 0") BigDecimal weight,
        Money billingAmount, String acceptanceCriteria, MilestoneStatus status, LocalDate completedOn,
        String waivedReason, LocalDate acceptedOn, String acceptedBy, long version, Instant createdAt,
        Instant updatedAt) {

    public static MilestoneView of(Milestone milestone) {
        Money billing = milestone.billingAmount == null ? null
                : Money.of(milestone.billingAmount, milestone.billingCurrency);
        return new MilestoneView(milestone.id, milestone.projectId, milestone.name, milestone.dueDate,
                plain(milestone.weight), billing, milestone.acceptanceCriteria, milestone.status,
                milestone.completedOn, milestone.waivedReason, milestone.acceptedOn, milestone.acceptedBy,
                milestone.version, milestone.createdAt, milestone.updatedAt);
    }

    /** 2, 1.5 — not 2.000 from the column, nor 2E+1 from stripping zeros. */
    static BigDecimal plain(BigDecimal weight) {
        return new BigDecimal(weight.stripTrailingZeros().toPlainString());
    }
}
