package io.deliveryhub.metrics.workforce;

import io.deliveryhub.platform.problem.BadRequest;
import java.util.Locale;

/** How utilization rows are formed: per person, per practice, or per role (the person's title). */
public enum UtilizationGrouping {
    PERSON, PRACTICE, ROLE;

    public static UtilizationGrouping parse(String value) {
        if (value == null || value.isBlank()) {
            return PERSON;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BadRequest.ofField("groupBy", "must be person, practice or role");
        }
    }
}
