package io.deliveryhub.metrics.workforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.metrics.alert.AlertRule;
import io.deliveryhub.metrics.alert.Breach;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * A person whose HARD allocations book more than the threshold (default 1.10) times a week's capacity after time
 * off, in the current ISO week or one of the next {@code weeks-ahead} (default 12). resources-service owns that
 * judgement: it publishes each person's over-allocated weeks whenever a booking, time off or capacity changes
 * (deliveryhub.person.overallocation-changed.v1), so time off recorded after a booking raises the alert too; this
 * rule only reads those weeks against its threshold and window. Its subject is the person; it belongs to no single
 * project.
 */
@ApplicationScoped
public class PersonOverallocatedRule implements AlertRule {

    static final String NAME = "PERSON_OVERALLOCATED";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Overallocation.Week>> WEEKS = new TypeReference<>() {
    };

    /** A person's published weeks, with their name when people events announced it. */
    private record Published(UUID personId, String name, String weeks) {

        static Published of(Tuple row) {
            return new Published(row.get("person_id", UUID.class), row.get("name", String.class),
                    row.get("weeks", String.class));
        }
    }

    private final Session session;
    private final BigDecimal threshold;
    private final int weeksAhead;

    public PersonOverallocatedRule(Session session,
            @ConfigProperty(name = "deliveryhub.alerts.person-overallocated.threshold", defaultValue = "1.10")
            BigDecimal threshold,
            @ConfigProperty(name = "deliveryhub.alerts.person-overallocated.weeks-ahead", defaultValue = "12")
            int weeksAhead) {
        this.session = session;
        this.threshold = threshold;
        this.weeksAhead = weeksAhead;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Breach> breachesOn(LocalDate day) {
        List<Breach> breaches = new ArrayList<>();
        for (Published person : session.createNativeQuery("""
                select o.person_id as person_id, coalesce(p.name, 'Person ' || o.person_id) as name,
                       cast(o.weeks as text) as weeks
                from person_overallocation o left join person p on p.id = o.person_id
                where jsonb_array_length(o.weeks) > 0""", Tuple.class).getResultStream().map(Published::of).toList()) {
            Overallocation overallocation = Overallocation.of(day, weeksAhead, threshold, weeks(person));
            if (overallocation.any()) {
                breaches.add(new Breach(NAME, person.personId(), null, overallocation.describe(person.name()),
                        overallocation.worstRatio(), threshold));
            }
        }
        return breaches;
    }

    private static List<Overallocation.Week> weeks(Published person) {
        try {
            return JSON.readValue(person.weeks(), WEEKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("person_overallocation.weeks of " + person.personId()
                    + " is not a list of weeks", e);
        }
    }
}
