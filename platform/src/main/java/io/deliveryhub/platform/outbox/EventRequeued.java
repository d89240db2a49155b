package io.deliveryhub.platform.outbox;

/** Fired in the transaction that re-queues a parked event; the counterpart of {@link EventParked}. */
public record EventRequeued(RequeuedEventNotice notice) {
}
