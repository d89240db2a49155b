package io.deliveryhub.metrics.readmodel;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A consumer that feeds read models from a topic, so that a rebuild can pause it, forget what it has handled and
 * replay its topic from the beginning through the very code that handles live records. Its channel must be pausable
 * ({@code mp.messaging.incoming.<channel>.pausable=true}); the read models it writes implement {@link ReadModel}.
 */
public interface ReadModelFeed {

    /** The live channel ({@code @Incoming}) to pause while the topic is replayed. */
    String channel();

    /** The topic the channel reads and the rebuild replays. */
    String topic();

    /** The name under which it records handled events in the inbox; those records are forgotten by a rebuild. */
    String inboxConsumer();

    /**
     * Handles one record of the topic exactly as the live channel does (inbox, then dispatch to the projectors).
     *
     * @throws io.deliveryhub.platform.events.IncomingEvent.MalformedEvent for a record that is not a readable event
     */
    void consume(ConsumerRecord<String, String> record);
}
