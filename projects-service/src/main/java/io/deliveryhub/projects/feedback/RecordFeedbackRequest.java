package io.deliveryhub.projects.feedback;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordFeedback", examples = """
        {"csat":4,"nps":9,"comment":"Great sprint demos, release notes could be clearer",
         "milestoneId":"5b3e8a61-2c4d-4e8f-9a1b-3c5d7e9f1a20"}""")
public record RecordFeedbackRequest(
        @Schema(description = "customer satisfaction, 1–5") @Min(1) @Max(5) Integer csat,
        @Schema(description = "net promoter answer, 0–10") @Min(0) @Max(10) Integer nps,
        @Size(max = 4000) String comment,
        @Schema(description = "a milestone of this project the feedback is about") UUID milestoneId) {

    @AssertTrue(message = "give csat, nps or both")
    @Schema(hidden = true)
    public boolean isScored() {
        return csat != null || nps != null;
    }
}
