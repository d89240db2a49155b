package io.deliveryhub.metrics.workforce;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Bench", description = "People whose HARD allocation over the period is below the threshold, least allocated first")
public record BenchView(LocalDate from, LocalDate to, @Schema(example = "0.5") BigDecimal threshold,
        List<BenchEntry> people,
        @Schema(description = "only for scenario={id}: the people whose HARD hours over the period it changes")
        @JsonInclude(JsonInclude.Include.NON_NULL) ScenarioDeltas scenario) {
}
