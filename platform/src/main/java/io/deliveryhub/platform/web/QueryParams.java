package io.deliveryhub.platform.web;

import io.deliveryhub.platform.problem.BadRequest;
import java.util.Arrays;

/**
 * Query parameters that JAX-RS would convert itself answer 404 on a bad value (as its spec says);
 * our convention is 400 naming the parameter, so resources parse enums through here.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw BadRequest.ofField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
