package io.deliveryhub.resources.person;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's details as written by POST, and as a PATCH (JSON merge patch) leaves them. */
@Schema(name = "PersonDetails", example = """
        {"name":"Jane Doe","email":"jane.doe@example.com","title":"Senior Developer","practice":"Engineering",\
        "location":"Berlin","timezone":"Europe/Berlin","employmentType":"EMPLOYEE","capacityHoursPerWeek":40,\
        "activeFrom":"2024-01-15","managerId":null}""")
public record PersonRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 320) String email,
        @Size(max = 100) String title,
        @Size(max = 100) String practice,
        @Size(max = 100) String location,
        @Size(max = 64) @Schema(description = "IANA time zone", example = "Europe/Berlin") String timezone,
        EmploymentType employmentType,
        @DecimalMin("0") @DecimalMax("168") @Digits(integer = 3, fraction = 2)
        @Schema(description = "defaults to 40", example = "40") BigDecimal capacityHoursPerWeek,
        LocalDate activeFrom,
        LocalDate activeTo,
        UUID managerId) {

    static final BigDecimal DEFAULT_CAPACITY = BigDecimal.valueOf(40);

    static PersonRequest of(Person person) {
        return new PersonRequest(person.name, person.email, person.title, person.practice, person.location,
                person.timezone, person.employmentType, person.capacityHoursPerWeek, person.activeFrom,
                person.activeTo, person.managerId);
    }
}
