package io.deliveryhub.resources.allocation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An allocation as the API and the {@code deliveryhub.allocation.*} events show it. */
@Schema(name = "Allocation")
public record AllocationView(UUID id, UUID personId, String placeholderRole, UUID projectId, LocalDate from,
        LocalDate to, BigDecimal hoursPerWeek, Booking booking, boolean billable, Money billRate,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "a placeholder's cost per hour; only for DELIVERY_MANAGER, HEAD_OF_DELIVERY, ADMIN and"
                + " the project's project manager, left out for anyone else")
        Money costRate,
        AllocationStatus status,
        @Schema(description = "true when this HARD booking overbooked a week when it was last written (allowOverallocation)") boolean overallocated,
        List<OverbookedWeek> overallocatedWeeks, long version, Instant createdAt, Instant updatedAt) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<OverbookedWeek>> WEEKS = new TypeReference<>() {
    };

    public static AllocationView of(Allocation allocation) {
        AllocationTerms terms = allocation.terms;
        List<OverbookedWeek> weeks = readWeeks(allocation.overallocatedWeeks);
        return new AllocationView(allocation.id, terms.personId, terms.placeholderRole, allocation.projectId,
                terms.fromDate, terms.toDate, terms.hoursPerWeek, terms.booking, terms.billable, terms.billRate(),
                terms.costRate(), allocation.status, !weeks.isEmpty(), weeks, allocation.version, allocation.createdAt,
                allocation.updatedAt);
    }

    /** The same allocation for a caller who may not see cost rates (docs/access.md). */
    public AllocationView withoutCost() {
        return new AllocationView(id, personId, placeholderRole, projectId, from, to, hoursPerWeek, booking, billable,
                billRate, null, status, overallocated, overallocatedWeeks, version, createdAt, updatedAt);
    }

    static String writeWeeks(List<OverbookedWeek> weeks) {
        try {
            return weeks.isEmpty() ? null : JSON.writeValueAsString(weeks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<OverbookedWeek> readWeeks(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, WEEKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("overallocated_weeks is not a JSON array of weeks", e);
        }
    }
}
