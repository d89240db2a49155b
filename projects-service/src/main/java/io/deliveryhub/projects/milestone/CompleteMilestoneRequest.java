package io.deliveryhub.projects.milestone;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompleteMilestone", examples = "{\"completedOn\":\"2026-03-01\"}")
public record CompleteMilestoneRequest(@NotNull LocalDate completedOn) {
}
