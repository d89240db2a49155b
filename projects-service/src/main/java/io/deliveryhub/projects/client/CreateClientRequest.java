package io.deliveryhub.projects.client;

import io.deliveryhub.projects.ExternalRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateClient", example = """
        {"name":"Acme Bank","industry":"Banking","externalRefs":[{"system":"crm","id":"0015g00000XyZ12AAB"}]}""")
public record CreateClientRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String industry,
        @Size(max = 10) List<@Valid @NotNull ExternalRef> externalRefs) {

    public CreateClientRequest(String name, String industry) {
        this(name, industry, List.of());
    }

    EditableClient editable() {
        return new EditableClient(name, industry, ClientStatus.ACTIVE, externalRefs == null ? List.of() : externalRefs);
    }
}
