package io.deliveryhub.platform.problem;

import java.util.Map;

/** 422: the body refers to something that does not exist or cannot be used here. */
public class Unprocessable extends ProblemException {

    public Unprocessable(String type, String detail) {
        super(422, type, "Unprocessable content", detail, Map.of());
    }
}
