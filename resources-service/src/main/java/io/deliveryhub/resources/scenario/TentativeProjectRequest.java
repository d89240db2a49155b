package io.deliveryhub.resources.scenario;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TentativeProjectRequest", example = """
        {"name":"Acme Bank mobile app","practice":"Mobile","from":"2026-04-06","to":"2026-09-25","probability":0.6,
         "roleDemand":[{"role":"iOS developer","hoursPerWeek":40},{"role":"Designer","hoursPerWeek":16,
         "from":"2026-04-06","to":"2026-05-29"}]}""")
public record TentativeProjectRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String practice,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @Schema(description = "win probability, 0 to 1: its demand counts × this")
        @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal probability,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull RoleDemand> roleDemand) {
}
