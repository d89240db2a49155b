package io.deliveryhub.platform.problem;

import java.util.Map;

/** 404: the resource named in the path does not exist. */
public class NotFound extends ProblemException {

    public NotFound(String what, Object id) {
        super(404, "not-found", "Not found", what + " " + id + " does not exist", Map.of());
    }
}
