package io.deliveryhub.resources.availability;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonAvailability", description = "A person's availability per ISO week of the period")
public record PersonAvailability(UUID personId, String name, LocalDate from, LocalDate to, List<WeekAvailability> weeks) {
}
