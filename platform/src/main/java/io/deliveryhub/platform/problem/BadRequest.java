package io.deliveryhub.platform.problem;

import java.util.List;
import java.util.Map;

/** 400: the request itself is malformed; {@code errors} says which field and why. */
public class BadRequest extends ProblemException {

    public BadRequest(String detail, List<FieldError> errors) {
        super(400, "validation", "Bad request", detail, Map.of("errors", errors));
    }

    public static BadRequest ofField(String field, String message) {
        return new BadRequest(field + ": " + message, List.of(new FieldError(field, message)));
    }
}
