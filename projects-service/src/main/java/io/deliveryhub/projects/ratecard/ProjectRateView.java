package io.deliveryhub.projects.ratecard;

import io.deliveryhub.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rate card entry as the API and the {@code deliveryhub.project-rate.*} events show it. */
@Schema(name = "ProjectRate", example = """
        {"id":"7a1c9e2b-4d3f-4b6a-8c5e-1f2a3b4c5d60","projectId":"3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10",
         "personId":"1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed","effectiveFrom":"2026-03-01",
         "billRate":{"amount":"110.00","currency":"EUR"},"version":1,"createdAt":"2026-02-20T09:00:00Z",
         "createdBy":"person-9c858901-8a57-4791-81fe-4c455b099bc9"}""")
public record ProjectRateView(UUID id, UUID projectId, UUID personId, LocalDate effectiveFrom, Money billRate,
        long version, Instant createdAt, String createdBy) {

    static ProjectRateView of(ProjectRate rate) {
        return new ProjectRateView(rate.id, rate.projectId, rate.personId, rate.effectiveFrom, rate.billRate(),
                rate.version, rate.createdAt, rate.createdBy);
    }
}
