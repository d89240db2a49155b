package io.deliveryhub.platform.outbox;

import io.deliveryhub.platform.persistence.ReplicaLocks;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Published rows are only kept for diagnosis: Kafka, with retention forever, is the record of events. Parked rows
 * are never published, so they stay until an ADMIN re-queues them.
 */
@ApplicationScoped
public class OutboxHousekeeping {

    private final ReplicaLocks locks;
    private final Clock clock;
    private final Duration retention;

    public OutboxHousekeeping(ReplicaLocks locks, Clock clock,
            @ConfigProperty(name = "deliveryhub.outbox.published-retention") Duration retention) {
        this.locks = locks;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void removePublished() {
        // one replica's delete is enough; the others would only wait on its row locks
        if (locks.tryForTransaction("outbox-housekeeping")) {
            OutboxEvent.delete("publishedAt < ?1", clock.instant().minus(retention));
        }
    }
}
