package io.deliveryhub.resources.person;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import io.deliveryhub.platform.problem.Unprocessable;
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

    public ActivePeriod activePeriod() {
        return new ActivePeriod(activeFrom, activeTo);
    }

    /**
     * Refuses (422) what would book or log the person on days outside their active dates.
     * @param what the thing refused and its dates, as in "an allocation from 2026-03-02 to 2026-03-06"
     */
    public void requireActive(LocalDate first, LocalDate last, String what) {
        ActivePeriod period = activePeriod();
        if (!period.covers(first, last)) {
            throw new Unprocessable("person-inactive", period.outside(name, what));
        }
    }
}
