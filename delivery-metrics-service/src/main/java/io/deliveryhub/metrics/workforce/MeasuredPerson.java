package io.deliveryhub.metrics.workforce;

import java.util.UUID;

/** A person as the per-person utilization and bench views name them, with their figures over the period asked. */
public record MeasuredPerson(UUID personId, String name, String practice, String title, PersonFigures figures) {
}
