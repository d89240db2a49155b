package io.deliveryhub.metrics.workforce;

import io.deliveryhub.metrics.project.FactState;
import io.deliveryhub.metrics.readmodel.ReadModel;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.events.IncomingEvent.MalformedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** Keeps the people resources-service announces, with what capacity and bench need: capacity and active dates. */
@ApplicationScoped
public class PersonProjector implements ReadModel {

    static final List<String> EVENTS = List.of("deliveryhub.person.created.v1", "deliveryhub.person.updated.v1");

    private static final String UPSERT = """
            insert into person (id, name, practice, title, capacity_hours_per_week, active_from, active_to, version)
            values (:id, :name, :practice, :title, :capacity, :activeFrom, :activeTo, :version)
            on conflict (id) do update set
                name = excluded.name, practice = excluded.practice, title = excluded.title,
                capacity_hours_per_week = excluded.capacity_hours_per_week, active_from = excluded.active_from,
                active_to = excluded.active_to, version = excluded.version
            where person.version < excluded.version""";

    private final Session session;

    public PersonProjector(Session session) {
        this.session = session;
    }

    @Override
    public List<String> tables() {
        return List.of("person");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        FactState person = new FactState("person", event.state());
        BigDecimal capacity = person.number("capacityHoursPerWeek");
        if (capacity == null) {
            throw new MalformedEvent("person state lacks capacityHoursPerWeek");
        }
        session.createNativeMutationQuery(UPSERT)
                .setParameter("id", person.requiredUuid("id"), UUID.class)
                .setParameter("name", person.requiredText("name"), String.class)
                .setParameter("practice", person.text("practice"), String.class)
                .setParameter("title", person.text("title"), String.class)
                .setParameter("capacity", capacity, BigDecimal.class)
                .setParameter("activeFrom", person.date("activeFrom"), LocalDate.class)
                .setParameter("activeTo", person.date("activeTo"), LocalDate.class)
                .setParameter("version", event.version(), Long.class)
                .executeUpdate();
    }
}
