package io.deliveryhub.platform.problem;

import java.util.Map;

/**
 * A refusal that the API reports as an RFC 9457 problem. Services throw one of the subclasses; the
 * mapping to {@code application/problem+json} lives once, in {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String type, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.typeUri(type), title, status, detail(), instance, extensions);
    }
}
