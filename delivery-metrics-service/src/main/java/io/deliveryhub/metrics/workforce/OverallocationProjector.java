package io.deliveryhub.metrics.workforce;

import com.fasterxml.jackson.databind.JsonNode;
import io.deliveryhub.metrics.project.FactState;
import io.deliveryhub.metrics.readmodel.ReadModel;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.events.IncomingEvent.MalformedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Keeps each person's over-allocated weeks as resources-service publishes them: it owns bookings, capacity and time
 * off, so the rule "HARD hours above the week's capacity" is judged there once and only read here.
 */
@ApplicationScoped
public class OverallocationProjector implements ReadModel {

    static final String CHANGED = "deliveryhub.person.overallocation-changed.v1";

    private static final String UPSERT = """
            insert into person_overallocation (person_id, weeks, version)
            values (:personId, cast(:weeks as jsonb), :version)
            on conflict (person_id) do update set weeks = excluded.weeks, version = excluded.version
            where person_overallocation.version < excluded.version""";

    private final Session session;

    public OverallocationProjector(Session session) {
        this.session = session;
    }

    @Override
    public List<String> tables() {
        return List.of("person_overallocation");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        FactState state = new FactState("person over-allocation", event.state());
        JsonNode weeks = event.state().get("overallocatedWeeks");
        if (weeks == null || !weeks.isArray()) {
            throw new MalformedEvent("person over-allocation state lacks overallocatedWeeks");
        }
        session.createNativeMutationQuery(UPSERT)
                .setParameter("personId", state.requiredUuid("personId"), UUID.class)
                .setParameter("weeks", weeks.toString(), String.class)
                .setParameter("version", event.version(), Long.class)
                .executeUpdate();
    }
}
