package io.deliveryhub.resources.scenario;

import io.deliveryhub.resources.availability.BookedHours;
import java.math.BigDecimal;
import java.util.UUID;

/** One role a tentative project of a scenario would need, with that project's win probability (0–1). */
public record TentativeDemand(UUID tentativeProjectId, String role, String practice, BookedHours booked,
        BigDecimal probability) {
}
