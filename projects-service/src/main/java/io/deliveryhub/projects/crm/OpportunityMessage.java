package io.deliveryhub.projects.crm;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.deliveryhub.projects.project.RoleDemand;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CrmOpportunity", example = """
        {"opportunityId":"0065g00000AbCdEAAZ","accountId":"0015g00000XyZ12AAB","accountName":"Acme Bank",
         "name":"Acme payments platform","amount":"250000.00","currency":"EUR","stage":"NEGOTIATION",
         "probability":0.6,"expectedStart":"2026-03-02","expectedEnd":"2026-09-30",
         "demand":[{"id":"00k5g00000LmNoPAAZ","role":"Backend developer","skills":[{"skill":"Java","minLevel":4}],
                    "hoursPerWeek":32,"from":"2026-03-02","to":"2026-06-26"},
                   {"id":"00k5g00000LmNoQAAZ","skills":[{"skill":"UX design","minLevel":3}],
                    "hoursPerWeek":16,"from":"2026-03-02","to":"2026-04-24"}]}""")
public record OpportunityMessage(
        @NotBlank @Size(max = 200) String opportunityId,
        @NotBlank @Size(max = 200) String accountId,
        @NotBlank @Size(max = 200) String accountName,
        @NotBlank @Size(max = 200) String name,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                description = "the deal's value: the project's budget while it is PROPOSED") BigDecimal amount,
        @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as EUR") String currency,
        @NotBlank @Size(max = 100) @Schema(description = "the CRM's stage; CLOSED_WON and CLOSED_LOST (any case, spaces"
                + " or underscores) advance or cancel the project, any other stage keeps it PROPOSED") String stage,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 3) @Schema(description = "win probability 0–1") BigDecimal probability,
        LocalDate expectedStart,
        LocalDate expectedEnd,
        // Left out of the message's digest when absent, so a message from before demand existed replays as itself.
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "the role demand of the opportunity, at most 50 lines; absent leaves what the project"
                + " holds, [] clears it. While the project is PROPOSED it is pipeline demand weighted by the"
                + " probability; once won each line becomes a resource request") List<RoleDemand> demand) {

    boolean won() {
        return "CLOSED_WON".equals(normalisedStage());
    }

    boolean lost() {
        return "CLOSED_LOST".equals(normalisedStage());
    }

    private String normalisedStage() {
        return stage.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
