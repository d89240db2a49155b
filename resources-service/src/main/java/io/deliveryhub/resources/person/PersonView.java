package io.deliveryhub.resources.person;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as the API and the {@code deliveryhub.person.*} events show them. */
@Schema(name = "Person")
public record PersonView(UUID id, String name, String email, String title, String practice, String location,
        String timezone, EmploymentType employmentType, BigDecimal capacityHoursPerWeek, LocalDate activeFrom,
        LocalDate activeTo, UUID managerId, long version, Instant createdAt, Instant updatedAt) {

    public static PersonView of(Person person) {
        return new PersonView(person.id, person.name, person.email, person.title, person.practice, person.location,
                person.timezone, person.employmentType, person.capacityHoursPerWeek, person.activeFrom,
                person.activeTo, person.managerId, person.version, person.createdAt, person.updatedAt);
    }
}
