package io.deliveryhub.platform.problem;

import java.util.Map;

/**
 * 409: a domain rule refuses the change. The detail says what would make it possible; {@code type}
 * names the rule so clients can branch on it (e.g. {@code duplicate-key}, {@code illegal-transition}).
 */
public class Conflict extends ProblemException {

    public Conflict(String type, String detail) {
        this(type, detail, Map.of());
    }

    public Conflict(String type, String detail, Map<String, Object> extensions) {
        super(409, type, "Conflict", detail, extensions);
    }
}
