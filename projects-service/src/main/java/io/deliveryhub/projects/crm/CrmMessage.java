package io.deliveryhub.projects.crm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A handled opportunity message, by the digest of its content, with the answer it got. */
@Entity
@Table(name = "crm_opportunity_message")
public class CrmMessage extends PanacheEntityBase {

    @Id
    public String digest;
    @Column(name = "opportunity_id")
    public String opportunityId;
    public String response;
    @Column(name = "received_at")
    public Instant receivedAt;
}
