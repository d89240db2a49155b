package io.deliveryhub.projects.closurereview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosureReviewRequest", example = """
        {"lessonsLearned":"Agree the test data strategy with the bank before sprint 1",
         "whatWentWell":"Weekly demos kept the client close","whatToImprove":"Earlier performance testing"}""")
public record ClosureReviewRequest(
        @NotBlank @Size(max = 10000) String lessonsLearned,
        @Size(max = 10000) String whatWentWell,
        @Size(max = 10000) String whatToImprove) {
}
