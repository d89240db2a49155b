package io.deliveryhub.metrics.parkedevent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event some service's relay parked and no ADMIN has re-queued yet. */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    public String service;
    public String type;
    public String topic;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String reason;
    @Column(name = "parked_at")
    public Instant parkedAt;
}
