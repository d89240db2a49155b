package io.deliveryhub.resources.certification;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "certification")
public class Certification extends VersionedAggregate {

    @Column(name = "person_id")
    public UUID personId;
    public String name;
    public String issuer;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "expires_on")
    public LocalDate expiresOn;
}
