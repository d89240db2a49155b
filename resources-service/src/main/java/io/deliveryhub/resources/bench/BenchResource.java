package io.deliveryhub.resources.bench;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.workforce.WorkingTime;
import io.deliveryhub.resources.availability.Period;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/bench")
@Tag(name = "Capacity and bench")
public class BenchResource {

    private final BenchService bench;

    public BenchResource(BenchService bench) {
        this.bench = bench;
    }

    @GET
    @Operation(summary = "People whose HARD allocation over the period is below the threshold",
            description = "allocation = HARD hours / capacity after time off over [from, to]; people with no "
                    + "capacity in the period are left out. Least allocated first.")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public BenchView bench(
            @QueryParam("from") @Parameter(required = true, example = "2026-03-02") LocalDate from,
            @QueryParam("to") @Parameter(required = true, example = "2026-03-31") LocalDate to,
            @QueryParam("threshold") @DefaultValue(WorkingTime.DEFAULT_BENCH_THRESHOLD) @DecimalMin("0") @DecimalMax("1") BigDecimal threshold,
            @QueryParam("practice") @Parameter(description = "only this practice (case-insensitive)") String practice) {
        return bench.bench(Period.of(from, to), threshold, practice == null || practice.isBlank() ? null : practice);
    }
}
