package io.deliveryhub.platform.outbox;

/** Fired when a transaction writes to the outbox; observed after commit to wake the relay. */
public record OutboxWritten() {
}
