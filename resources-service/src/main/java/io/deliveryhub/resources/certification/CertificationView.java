package io.deliveryhub.resources.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Certification")
public record CertificationView(UUID id, UUID personId, String name, String issuer, LocalDate issuedOn,
        LocalDate expiresOn, long version, Instant createdAt, Instant updatedAt) {

    public static CertificationView of(Certification certification) {
        return new CertificationView(certification.id, certification.personId, certification.name, certification.issuer,
                certification.issuedOn, certification.expiresOn, certification.version, certification.createdAt,
                certification.updatedAt);
    }
}
