package io.deliveryhub.platform.outbox;

/**
 * Fired in the relay's transaction when it parks an event, for a service that raises the alert itself (the one
 * that owns the alerts has no topic of its own to hear its own notice from).
 */
public record EventParked(ParkedEventNotice notice) {
}
