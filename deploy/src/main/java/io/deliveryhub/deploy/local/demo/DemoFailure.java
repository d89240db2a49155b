package io.deliveryhub.deploy.local.demo;

/** Seeding stopped: the API refused something the plan expected it to take, or could not be reached. */
public final class DemoFailure extends RuntimeException {

    DemoFailure(String message) {
        super(message);
    }

    DemoFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
