package io.deliveryhub.resources.person;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "person")
public class Person extends VersionedAggregate {

    public String name;
    public String email;
    public String title;
    public String practice;
    public String location;
    public String timezone;
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type")
    public EmploymentType employmentType;
    @Column(name = "capacity_hours_per_week")
    public BigDecimal capacityHoursPerWeek;
    @Column(name = "active_from")
    public LocalDate activeFrom;
    @Column(name = "active_to")
    public LocalDate activeTo;
    @Column(name = "manager_id")
    public UUID managerId;

    /** Whether the person works here on that day (open-ended at either side when a date is missing). */
    public boolean activeOn(LocalDate day) {
        return (activeFrom == null || !day.isBefore(activeFrom)) && (activeTo == null || !day.isAfter(activeTo));
    }
}
