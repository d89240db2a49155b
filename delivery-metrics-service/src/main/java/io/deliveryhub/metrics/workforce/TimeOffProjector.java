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

/**
 * Keeps people's time off (holidays included: type HOLIDAY), which lowers their capacity on its working days. A
 * cancellation is kept as a flag rather than a deletion, so a recorded event arriving after it cannot bring the
 * time off back: the cancellation's version is higher.
 */
@ApplicationScoped
public class TimeOffProjector implements ReadModel {

    static final String RECORDED = "deliveryhub.time-off.recorded.v1";
    static final String CANCELLED = "deliveryhub.time-off.cancelled.v1";

    private static final String UPSERT = """
            insert into person_time_off (id, person_id, from_date, to_date, type, hours_per_day, cancelled, version)
            values (:id, :personId, :fromDate, :toDate, :type, :hoursPerDay, :cancelled, :version)
            on conflict (id) do update set
                person_id = excluded.person_id, from_date = excluded.from_date, to_date = excluded.to_date,
                type = excluded.type, hours_per_day = excluded.hours_per_day, cancelled = excluded.cancelled,
                version = excluded.version
            where person_time_off.version < excluded.version""";

    private final Session session;

    public TimeOffProjector(Session session) {
        this.session = session;
    }

    @Override
    public List<String> tables() {
        return List.of("person_time_off");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        FactState timeOff = new FactState("time off", event.state());
        LocalDate from = timeOff.date("from");
        LocalDate to = timeOff.date("to");
        BigDecimal hoursPerDay = timeOff.number("hoursPerDay");
        if (from == null || to == null || hoursPerDay == null) {
            throw new MalformedEvent("time off state lacks from, to or hoursPerDay");
        }
        session.createNativeMutationQuery(UPSERT)
                .setParameter("id", timeOff.requiredUuid("id"), UUID.class)
                .setParameter("personId", timeOff.requiredUuid("personId"), UUID.class)
                .setParameter("fromDate", from, LocalDate.class)
                .setParameter("toDate", to, LocalDate.class)
                .setParameter("type", timeOff.requiredText("type"), String.class)
                .setParameter("hoursPerDay", hoursPerDay, BigDecimal.class)
                .setParameter("cancelled", event.type().equals(CANCELLED), Boolean.class)
                .setParameter("version", event.version(), Long.class)
                .executeUpdate();
    }
}
