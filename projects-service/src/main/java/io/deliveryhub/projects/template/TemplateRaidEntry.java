package io.deliveryhub.projects.template;

import io.deliveryhub.projects.raid.RaidType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TemplateRaidEntry", examples = """
        {"type":"RISK","title":"Client SME availability","probability":3,"impact":4,"mitigation":"Agree SME hours in the SOW"}""")
public record TemplateRaidEntry(
        @NotNull RaidType type,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull @Min(1) @Max(5) Integer probability,
        @NotNull @Min(1) @Max(5) Integer impact,
        @Size(max = 4000) String mitigation) {
}
