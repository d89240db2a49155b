package io.deliveryhub.platform.inbox;

import io.deliveryhub.platform.events.IncomingEvent;

/**
 * A consumer that applies the events of one topic through the {@link Inbox}: what a dead letter of that topic is
 * replayed through once the cause of its failure is fixed.
 */
public interface TopicConsumer {

    /** The topic it reads; its dead letters are in {@code <topic>.dlq}. */
    String topic();

    /** The name under which it records handled events in the inbox, and that its dead letters carry. */
    String inboxConsumer();

    /** Applies one event in the caller's transaction, once the inbox has let it through. */
    void apply(IncomingEvent event);
}
