package io.deliveryhub.projects.statusreport;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostStatusReport", examples = """
        {"asOf":"2026-03-06","overall":"AMBER","schedule":"AMBER","budget":"GREEN","scope":"GREEN","quality":"GREEN",
         "percentComplete":35,"summary":"Payments API on track; card vault integration slipping a week",
         "accomplishments":"Sandbox payments live","nextSteps":"Finish the vault integration",
         "blockers":"Waiting for the client's HSM credentials","source":"MANUAL"}""")
public record PostStatusReportRequest(
        @NotNull LocalDate asOf,
        @NotNull Rag overall,
        @NotNull Rag schedule,
        @NotNull Rag budget,
        @NotNull Rag scope,
        @NotNull Rag quality,
        @NotNull @Min(0) @Max(100) Integer percentComplete,
        @NotBlank @Size(max = 4000) String summary,
        @Size(max = 8000) String accomplishments,
        @Size(max = 8000) String nextSteps,
        @Size(max = 8000) String blockers,
        @Schema(description = "MANUAL when omitted; always PIPELINE for pipeline integrations") StatusSource source) {
}
