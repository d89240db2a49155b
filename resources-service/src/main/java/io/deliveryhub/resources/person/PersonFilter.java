package io.deliveryhub.resources.person;

import java.time.LocalDate;

/** The filters of {@code GET /people}; all optional, combined with AND. */
public record PersonFilter(String practice, String title, String q, Boolean active, LocalDate today) {
}
