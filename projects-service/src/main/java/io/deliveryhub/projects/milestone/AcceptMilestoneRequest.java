package io.deliveryhub.projects.milestone;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptMilestone", examples = "{\"acceptedOn\":\"2026-03-05\"}")
public record AcceptMilestoneRequest(@NotNull LocalDate acceptedOn) {
}
