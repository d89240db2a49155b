package io.deliveryhub.resources.allocation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;

/**
 * Publishes, once per database, the over-allocated weeks of everyone booked HARD before
 * deliveryhub.person.overallocation-changed.v1 existed, so consumers need not wait for a person's next change. The
 * first replica to start claims the seed row (V17); the others find it taken.
 */
@ApplicationScoped
public class OverallocationSeed {

    private final PersonOverallocations overallocations;

    public OverallocationSeed(PersonOverallocations overallocations) {
        this.overallocations = overallocations;
    }

    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(this::seedOnce);
    }

    private void seedOnce() {
        int claimed = Allocation.getEntityManager()
                .createNativeQuery("update overallocation_seed set seeded_at = now() where seeded_at is null")
                .executeUpdate();
        if (claimed == 0) {
            return;
        }
        List<UUID> people = Allocation.getEntityManager().createQuery("""
                select distinct a.terms.personId from Allocation a
                where a.terms.personId is not null and a.terms.booking = :hard and a.status = :active""", UUID.class)
                .setParameter("hard", Booking.HARD).setParameter("active", AllocationStatus.ACTIVE).getResultList();
        people.forEach(person -> overallocations.recount(person, AllocationService.SYSTEM_ACTOR));
    }
}
