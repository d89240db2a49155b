package io.deliveryhub.resources.bench;

import io.deliveryhub.resources.availability.BookedHours;
import io.deliveryhub.resources.availability.Period;
import io.deliveryhub.resources.availability.Workforce;
import io.deliveryhub.resources.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class BenchService {

    private final Workforce workforce;

    public BenchService(Workforce workforce) {
        this.workforce = workforce;
    }

    /** @param practice only this practice (case-insensitive), or null for everyone */
    public BenchView bench(Period period, BigDecimal threshold, String practice) {
        Workforce.Staff staff = workforce.activeBetween(period.from(), period.to(), practice);
        List<BenchEntry> entries = new ArrayList<>();
        for (Person person : staff.people()) {
            Bench.entry(person.id, person.name, person.title, person.practice,
                    staff.capacityOf(person),
                    BookedHours.sum(staff.bookingsOf(person.id).hard(), period.from(), period.to()), threshold)
                    .ifPresent(entries::add);
        }
        return new BenchView(period.from(), period.to(), threshold, Bench.sorted(entries));
    }
}
