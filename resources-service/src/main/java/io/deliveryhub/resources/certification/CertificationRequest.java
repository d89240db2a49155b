package io.deliveryhub.resources.certification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewCertification", example = """
        {"name":"AWS Certified Solutions Architect – Associate","issuer":"Amazon Web Services",\
        "issuedOn":"2025-05-12","expiresOn":"2028-05-12"}""")
public record CertificationRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String issuer,
        LocalDate issuedOn, LocalDate expiresOn) {
}
