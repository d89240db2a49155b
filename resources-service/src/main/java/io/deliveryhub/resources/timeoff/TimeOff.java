package io.deliveryhub.resources.timeoff;

import io.deliveryhub.platform.persistence.VersionedAggregate;
import io.deliveryhub.resources.calendar.Absence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A period a person does not work (fully or for some hours a day); holidays are time off of type HOLIDAY. */
@Entity
@Table(name = "time_off")
public class TimeOff extends VersionedAggregate {

    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "to_date")
    public LocalDate toDate;
    @Enumerated(EnumType.STRING)
    public TimeOffType type;
    @Column(name = "hours_per_day")
    public BigDecimal hoursPerDay;
    public String note;

    public Absence toAbsence() {
        return new Absence(fromDate, toDate, hoursPerDay);
    }
}
