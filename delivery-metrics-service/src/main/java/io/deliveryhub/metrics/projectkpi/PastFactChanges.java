package io.deliveryhub.metrics.projectkpi;

import io.deliveryhub.metrics.project.ProjectFactsChanged;
import io.deliveryhub.metrics.readmodel.ReadModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The day each change to a project's facts counts from (V79), so that a kept past day holds through the facts dated
 * after it: a firm books most of its time and reports as of today, which changes no figure of a day already closed.
 * Recorded in the transaction that applied the change, by the statement that counts the project's facts version up
 * (which makes the project's KPI snapshots stale), with the version it moved to; a kept day computed from facts
 * version v then holds while no change of a later version counts on or before it, and while every move of the version
 * since was recorded here (other moves, of unknown days, are seen as a version this did not record).
 */
@ApplicationScoped
public class PastFactChanges implements ReadModel {

    /**
     * Whether the kept row {@code kept} (with its {@code as_of} and {@code facts_version}) of project {@code p} still
     * holds: computed from the project's facts version, or from an older one whose later changes all count after its
     * day only.
     */
    public static String holds(String kept) {
        return """
                (%1$s.facts_version >= p.facts_version
                 or exists (select 1 from project_fact_watch w
                            where w.project_id = p.id and w.facts_version = p.facts_version)
                    and not exists (select 1 from project_fact_change c
                                    where c.project_id = p.id and c.effective_on <= %1$s.as_of
                                      and c.facts_version > %1$s.facts_version))""".formatted(kept);
    }

    // One statement per applied fact, as a stream of them makes this the consumers' most frequent write. The watch's
    // upsert runs after the project's row is locked and reads the watch row as the last change left it (V81), where a
    // plain read would see it as of the statement's start, before a concurrent change of the project that committed
    // while this waited; a move of the version that the watch did not see before this one is recorded as of any day.
    private static final String RECORD = """
            with now as (update project set facts_version = facts_version + 1 where id = :id
                         returning id, facts_version),
                 watched as (insert into project_fact_watch (project_id, facts_version)
                             select id, facts_version from now
                             on conflict (project_id) do update
                             set previous_version = project_fact_watch.facts_version,
                                 facts_version = excluded.facts_version
                             returning previous_version, facts_version),
                 changes (effective_on, facts_version) as (
                     select coalesce(cast(:effectiveOn as date), cast('-infinity' as date)), facts_version from now
                     union all
                     select cast('-infinity' as date), facts_version - 1 from watched
                     where previous_version is null or previous_version < facts_version - 1)
            insert into project_fact_change (project_id, effective_on, facts_version)
            select :id, effective_on, max(facts_version) from changes group by effective_on
            on conflict (project_id, effective_on) do update
            set facts_version = greatest(project_fact_change.facts_version, excluded.facts_version)""";

    // A change dated before the oldest kept day counts on or before every kept day: one row of any day says as much.
    private static final String FORGET_DAYS_BEFORE = """
            with old as (delete from project_fact_change
                         where effective_on > cast('-infinity' as date) and effective_on < :first
                         returning project_id, facts_version)
            insert into project_fact_change (project_id, effective_on, facts_version)
            select project_id, cast('-infinity' as date), max(facts_version) from old group by project_id
            on conflict (project_id, effective_on) do update
            set facts_version = greatest(project_fact_change.facts_version, excluded.facts_version)""";

    private final Session session;
    private final Clock clock;

    PastFactChanges(Session session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** Counts the project's facts version up and records the day the change counts from. */
    @Transactional(Transactional.TxType.MANDATORY)
    void factsChanged(@Observes ProjectFactsChanged change) {
        session.createNativeMutationQuery(RECORD).setParameter("id", change.projectId(), UUID.class)
                .setParameter("effectiveOn", day(change.effectiveOn()), LocalDate.class).executeUpdate();
    }

    /**
     * Records the changes dated before the day as of any day, so that a project keeps a row for each of a few dozen
     * days at most: of the days kept ahead, the first is the oldest they can change.
     */
    @Transactional
    public void forgetDaysBefore(LocalDate first) {
        session.createNativeMutationQuery(FORGET_DAYS_BEFORE).setParameter("first", first, LocalDate.class)
                .executeUpdate();
    }

    /** The day recorded: a later day than today counts as today, as no kept day is today or later. */
    private LocalDate day(LocalDate effectiveOn) {
        LocalDate today = LocalDate.now(clock);
        return effectiveOn != null && effectiveOn.isAfter(today) ? today : effectiveOn;
    }

    @Override
    public List<String> tables() {
        return List.of("project_fact_change", "project_fact_watch");
    }
}
