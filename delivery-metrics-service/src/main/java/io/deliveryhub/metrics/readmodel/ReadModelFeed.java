package io.deliveryhub.metrics.readmodel;

import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.inbox.TopicConsumer;

/**
 * A consumer that feeds read models from a topic, so that a rebuild can pause it, forget what it has handled and
 * replay its topic from the beginning through the very code that applies live events. Its channel must be pausable
 * ({@code mp.messaging.incoming.<channel>.pausable=true}); the read models it writes implement {@link ReadModel}.
 */
public interface ReadModelFeed extends TopicConsumer {

    /** The live channel ({@code @Incoming}) to pause while the topic is replayed. */
    String channel();

    /** The topic the channel reads and the rebuild replays. */
    @Override
    String topic();

    /** The name under which it records handled events in the inbox; those records are forgotten by a rebuild. */
    @Override
    String inboxConsumer();

    /**
     * Applies one event to the read models in the caller's transaction, as the live channel does once the inbox has
     * let the event through; events of types it has no use for change nothing.
     *
     * @throws IncomingEvent.MalformedEvent when the event's state cannot be read
     */
    @Override
    void apply(IncomingEvent event);
}
