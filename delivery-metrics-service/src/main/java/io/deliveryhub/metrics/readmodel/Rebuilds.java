package io.deliveryhub.metrics.readmodel;

import static io.deliveryhub.platform.persistence.Columns.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.persistence.ReplicaLocks;
import io.deliveryhub.platform.problem.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rebuilds of the read models as the database keeps them ({@code read_model_rebuild}), so that every replica sees
 * the one that runs and how far it has gone. Each method runs in the caller's transaction.
 */
@ApplicationScoped
class Rebuilds {

    /**
     * A running rebuild whose replica has not beaten for this long has died with it (the replica beats every watch
     * period, a second by default).
     */
    static final Duration SILENT_FOR = Duration.ofSeconds(60);
    private static final TypeReference<List<RebuildView.TopicProgress>> TOPICS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ReplicaLocks locks;
    private final ObjectMapper json;

    Rebuilds(EntityManager entityManager, ReplicaLocks locks, ObjectMapper json) {
        this.entityManager = entityManager;
        this.locks = locks;
        this.json = json;
    }

    /**
     * Records a new rebuild as RUNNING, first marking FAILED one whose replica died.
     *
     * @throws Conflict while another rebuild runs, on any replica
     */
    void begin(RebuildView rebuild) {
        if (!locks.tryForTransaction("read-model-rebuild")) {
            throw running("another one is being started");
        }
        entityManager.createNativeQuery("""
                update read_model_rebuild set status = 'FAILED', finished_at = :now,
                  failure = 'the replica running it stopped beating'
                where status = 'RUNNING' and heartbeat_at < :silentSince""")
                .setParameter("now", at(rebuild.startedAt()))
                .setParameter("silentSince", at(rebuild.startedAt().minus(SILENT_FOR)))
                .executeUpdate();
        Optional<RebuildView> other = one("status = 'RUNNING'", null);
        if (other.isPresent()) {
            throw running("rebuild " + other.get().id() + " is still running; follow it at "
                    + "/api/v1/admin/metrics/rebuild/" + other.get().id());
        }
        entityManager.createNativeQuery("""
                insert into read_model_rebuild (id, status, started_at, topics, heartbeat_at)
                values (:id, 'RUNNING', :startedAt, cast(:topics as jsonb), :startedAt)""")
                .setParameter("id", rebuild.id())
                .setParameter("startedAt", at(rebuild.startedAt()))
                .setParameter("topics", write(rebuild.topics()))
                .executeUpdate();
    }

    /** Stores how far the rebuild has gone (or how it ended), which is also its heartbeat. */
    void record(RebuildView rebuild, Instant now) {
        entityManager.createNativeQuery("""
                update read_model_rebuild set status = :status, finished_at = :finishedAt, failure = :failure,
                  topics = cast(:topics as jsonb), heartbeat_at = :now
                where id = :id""")
                .setParameter("id", rebuild.id())
                .setParameter("status", rebuild.status().name())
                .setParameter("finishedAt", rebuild.finishedAt() == null ? null : at(rebuild.finishedAt()))
                .setParameter("failure", rebuild.failure())
                .setParameter("topics", write(rebuild.topics()))
                .setParameter("now", at(now))
                .executeUpdate();
    }

    /** The replica running the rebuild is alive (between its progress records, which may be far apart). */
    void beat(UUID id, Instant now) {
        entityManager.createNativeQuery("update read_model_rebuild set heartbeat_at = :now where id = :id and status = 'RUNNING'")
                .setParameter("id", id).setParameter("now", at(now)).executeUpdate();
    }

    Optional<RebuildView> find(UUID id) {
        return one("id = :id", id);
    }

    /** Whether a rebuild runs on some replica that is still alive. */
    boolean anyRunning(Instant now) {
        return running(now).isPresent();
    }

    /** The rebuild that runs on some replica that is still alive. */
    Optional<UUID> running(Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                select id from read_model_rebuild where status = 'RUNNING' and heartbeat_at >= :silentSince""", UUID.class)
                .setParameter("silentSince", at(now.minus(SILENT_FOR)))
                .getResultList();
        return ids.stream().findFirst();
    }

    /** This replica is alive (by the database's clock, which all replicas share); long-gone replicas are forgotten. */
    void seen(UUID replica) {
        entityManager.createNativeQuery("""
                insert into metrics_replica (id, seen_at) values (:id, now())
                on conflict (id) do update set seen_at = excluded.seen_at""")
                .setParameter("id", replica).executeUpdate();
        entityManager.createNativeQuery("delete from metrics_replica where seen_at < now() - interval '1 day'")
                .executeUpdate();
    }

    /** This replica has paused its live channels and sweeps for the rebuild. */
    void confirmPause(UUID rebuild, UUID replica) {
        entityManager.createNativeQuery("""
                insert into read_model_rebuild_pause (rebuild_id, replica_id, paused_at) values (:rebuild, :replica, now())
                on conflict do nothing""")
                .setParameter("rebuild", rebuild).setParameter("replica", replica).executeUpdate();
    }

    /** The replicas seen within {@code live}, the rebuilding one aside, that have not confirmed the rebuild's pause. */
    long unconfirmedPauses(UUID rebuild, UUID rebuilding, Duration live) {
        return ((Number) entityManager.createNativeQuery("""
                select count(*) from metrics_replica r
                where r.id <> :rebuilding and r.seen_at >= now() - :liveMillis * interval '1 millisecond'
                  and not exists (select 1 from read_model_rebuild_pause p where p.rebuild_id = :rebuild and p.replica_id = r.id)""")
                .setParameter("rebuilding", rebuilding).setParameter("liveMillis", live.toMillis())
                .setParameter("rebuild", rebuild).getSingleResult()).longValue();
    }

    private Optional<RebuildView> one(String condition, UUID id) {
        var query = entityManager.createNativeQuery("""
                select id, status, started_at, finished_at, failure, cast(topics as text) as topics
                from read_model_rebuild where\s""" + condition, Tuple.class);
        if (id != null) {
            query.setParameter("id", id);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().findFirst().map(this::view);
    }

    private RebuildView view(Tuple row) {
        return new RebuildView(row.get("id", UUID.class), RebuildStatus.valueOf(row.get("status", String.class)),
                instant(row.get("started_at")), instant(row.get("finished_at")), row.get("failure", String.class),
                read(row.get("topics", String.class)));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private String write(List<RebuildView.TopicProgress> topics) {
        try {
            return json.writeValueAsString(topics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<RebuildView.TopicProgress> read(String topics) {
        try {
            return json.readValue(topics, TOPICS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("read_model_rebuild.topics is not the JSON it should be: " + topics, e);
        }
    }

    private static Conflict running(String why) {
        return new Conflict("rebuild-running", "A rebuild of the read models runs already: " + why);
    }
}
