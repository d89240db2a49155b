package io.deliveryhub.platform.deadletter;

import io.deliveryhub.platform.deadletter.ReplayReport.Outcome;
import io.deliveryhub.platform.deadletter.ReplayReport.Replayed;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.events.IncomingEvent.MalformedEvent;
import io.deliveryhub.platform.events.Topics;
import io.deliveryhub.platform.failure.TransientFailures;
import io.deliveryhub.platform.inbox.Inbox;
import io.deliveryhub.platform.inbox.TopicConsumer;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The dead letters this service parked, per topic it consumes, and their replay through the consumer that parked
 * them once the cause is fixed. Services reading one topic share its {@code .dlq}; each sees and replays only the
 * records its own consumers parked (those parked before dead letters named their consumer belong to every consumer of
 * the topic). A replay goes through the inbox, so an event applied already (by an earlier replay or a redelivery) has
 * no second effect, and the consumers' version guards pass over a state older than the one they hold.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final Instance<TopicConsumer> consumers;
    private final Inbox inbox;
    private final EntityManager entityManager;
    private final String bootstrapServers;

    public DeadLetters(Instance<TopicConsumer> consumers, Inbox inbox, EntityManager entityManager,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.consumers = consumers;
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.bootstrapServers = bootstrapServers;
    }

    public ResultPage<DeadLetterView> list(String topic, PageRequest page) {
        List<TopicConsumer> readers = readersOf(topic);
        List<DeadLetterView> views = new ArrayList<>();
        for (ConsumerRecord<String, String> record : parkedBy(readers, topic)) {
            views.add(view(record, parkedBy(record, readers)));
        }
        int from = (int) Math.min((long) page.page * page.size, views.size());
        return new ResultPage<>(views.subList(from, Math.min(from + page.size, views.size())), page.page, page.size,
                views.size());
    }

    /**
     * @throws NotFound when the named dead letter is not in the .dlq topic, or another service's consumer parked it
     */
    public ReplayReport replay(String topic, ReplayRequest request) {
        List<TopicConsumer> readers = readersOf(topic);
        List<ConsumerRecord<String, String>> parked = parkedBy(readers, topic);
        List<ConsumerRecord<String, String>> chosen = request.everything() ? parked
                : parked.stream().filter(r -> r.partition() == request.partition() && r.offset() == request.offset())
                        .toList();
        if (chosen.isEmpty() && !request.everything()) {
            throw new NotFound("Dead letter", Topics.deadLetter(topic) + " partition " + request.partition()
                    + " offset " + request.offset());
        }
        List<Replayed> replayed = new ArrayList<>();
        for (ConsumerRecord<String, String> record : chosen) {
            for (TopicConsumer consumer : parkedBy(record, readers)) {
                replayed.add(replay(record, consumer));
            }
        }
        return ReplayReport.of(topic, replayed);
    }

    private Replayed replay(ConsumerRecord<String, String> record, TopicConsumer consumer) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record);
        } catch (MalformedEvent e) {
            return new Replayed(record.partition(), record.offset(), null, Outcome.FAILED, e.getMessage());
        }
        try {
            boolean applied = QuarkusTransaction.requiringNew()
                    .call(() -> inbox.handleInCurrentTransaction(consumer.inboxConsumer(), event, consumer::apply));
            return new Replayed(record.partition(), record.offset(), event.id(),
                    applied ? Outcome.APPLIED : Outcome.ALREADY_APPLIED, null);
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                throw e;
            }
            LOG.warnf(e, "dead letter %d/%d of %s fails again in %s", record.partition(), record.offset(),
                    record.topic(), consumer.inboxConsumer());
            return new Replayed(record.partition(), record.offset(), event.id(), Outcome.FAILED, TransientFailures.rootCause(e));
        }
    }

    private List<TopicConsumer> readersOf(String topic) {
        List<TopicConsumer> readers = consumers.stream().filter(c -> c.topic().equals(topic)).toList();
        if (readers.isEmpty()) {
            throw BadRequest.ofField("topic", "must be a topic this service consumes: "
                    + consumers.stream().map(TopicConsumer::topic).distinct().sorted().toList());
        }
        return readers;
    }

    private List<ConsumerRecord<String, String>> parkedBy(List<TopicConsumer> readers, String topic) {
        return DeadLetterTopic.read(bootstrapServers, Topics.deadLetter(topic)).stream()
                .filter(record -> !parkedBy(record, readers).isEmpty()).toList();
    }

    private static List<TopicConsumer> parkedBy(ConsumerRecord<String, String> record, List<TopicConsumer> readers) {
        String consumer = DeadLetterHeaders.read(record, DeadLetterHeaders.CONSUMER);
        return consumer == null ? readers
                : readers.stream().filter(reader -> reader.inboxConsumer().equals(consumer)).toList();
    }

    private DeadLetterView view(ConsumerRecord<String, String> record, List<TopicConsumer> parkers) {
        UUID eventId = eventIdOf(record);
        return new DeadLetterView(record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()),
                DeadLetterHeaders.read(record, DeadLetterHeaders.CONSUMER),
                DeadLetterHeaders.read(record, DeadLetterHeaders.SERVICE),
                DeadLetterHeaders.read(record, DeadLetterHeaders.REASON),
                DeadLetterHeaders.read(record, DeadLetterHeaders.EXCEPTION),
                new DeadLetterView.Origin(DeadLetterHeaders.read(record, DeadLetterHeaders.ORIGINAL_TOPIC),
                        number(DeadLetterHeaders.read(record, DeadLetterHeaders.ORIGINAL_PARTITION), Integer::valueOf),
                        number(DeadLetterHeaders.read(record, DeadLetterHeaders.ORIGINAL_OFFSET), Long::valueOf)),
                eventId, DeadLetterHeaders.read(record, "ce_type"), record.key(),
                eventId != null && appliedByAll(eventId, parkers));
    }

    private boolean appliedByAll(UUID eventId, List<TopicConsumer> parkers) {
        Set<String> names = new HashSet<>(parkers.stream().map(TopicConsumer::inboxConsumer).toList());
        Number applied = (Number) entityManager.createNativeQuery(
                "select count(*) from inbox where event_id = :eventId and consumer in (:consumers)")
                .setParameter("eventId", eventId).setParameter("consumers", names).getSingleResult();
        return applied.intValue() == names.size();
    }

    private static UUID eventIdOf(ConsumerRecord<String, String> record) {
        try {
            return IncomingEvent.from(record).id();
        } catch (MalformedEvent e) {
            return null;
        }
    }

    private static <T> T number(String text, Function<String, T> parse) {
        try {
            return text == null ? null : parse.apply(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
