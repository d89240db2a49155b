package io.deliveryhub.platform.kafka;

import io.deliveryhub.platform.events.Topics;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the topics a service produces to or consumes from, with their dead-letter topics, instead of
 * relying on broker auto-creation: partitions, replication factor and min.insync.replicas come from config, a
 * record may be as large as the event size limit, and domain events are kept forever so any read model can be
 * rebuilt from the beginning. A broker that is down at start-up is retried. Existing topics are left as they are.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    private final String bootstrapServers;
    private final Optional<List<String>> topics;
    private final int partitions;
    private final short replicationFactor;
    private final int minInsyncReplicas;
    private final int maxMessageBytes;
    private volatile boolean provisioned;

    public TopicProvisioner(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "deliveryhub.kafka.topics") Optional<List<String>> topics,
            @ConfigProperty(name = "deliveryhub.kafka.partitions", defaultValue = "3") int partitions,
            @ConfigProperty(name = "deliveryhub.kafka.replication-factor") short replicationFactor,
            @ConfigProperty(name = "deliveryhub.kafka.min-insync-replicas") int minInsyncReplicas,
            @ConfigProperty(name = "deliveryhub.events.max-bytes") int maxMessageBytes) {
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.minInsyncReplicas = minInsyncReplicas;
        this.maxMessageBytes = maxMessageBytes;
    }

    /** Before the messaging connectors start, so consumers and dead-letter producers find their topics. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        provision();
    }

    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        if (!provisioned) {
            provision();
        }
    }

    public boolean isProvisioned() {
        return provisioned || topics.isEmpty();
    }

    synchronized void provision() {
        if (provisioned || topics.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000))) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.get().stream()
                    .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, replicationFactor).configs(Map.of(
                            TopicConfig.RETENTION_MS_CONFIG, "-1",
                            TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(minInsyncReplicas),
                            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(maxMessageBytes))))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                LOG.infof("created topics %s", missing.stream().map(NewTopic::name).collect(Collectors.joining(", ")));
            }
            provisioned = true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException) {
                provisioned = true; // another replica was faster
            } else {
                LOG.warnf("topics not provisioned yet: %s", e.getCause().getMessage());
            }
        } catch (TimeoutException e) {
            LOG.warn("topics not provisioned yet: Kafka did not answer in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
