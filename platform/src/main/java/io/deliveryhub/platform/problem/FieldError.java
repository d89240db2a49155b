package io.deliveryhub.platform.problem;

/** One entry of a 400 problem's {@code errors}: which input was wrong and why. */
public record FieldError(String field, String message) {
}
