package io.deliveryhub.platform.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header parameter that is not of its type. A JAX-RS exception so the REST layer passes it on
 * as it is instead of turning it into the 404 its spec asks for on a bad path or query value.
 */
public class InvalidParameter extends BadRequestException {

    private final String name;
    private final String expectation;

    public InvalidParameter(String name, String expectation) {
        super(name + ": " + expectation);
        this.name = name;
        this.expectation = expectation;
    }

    public String name() {
        return name;
    }

    public String expectation() {
        return expectation;
    }
}
