package io.deliveryhub.metrics.projectalert;

import io.deliveryhub.metrics.alert.ProjectChanges;
import io.deliveryhub.platform.persistence.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Tells the changed watched projects by their facts versions (counted up in the transaction of every fact applied
 * to a project, its status included): the versions seen at the previous look are kept, and a project whose version
 * moved, or that has left the watched statuses, has changed. Kept per replica; a new replica's first look judges all.
 */
@ApplicationScoped
public class WatchedProjectChanges implements ProjectChanges {

    private final Session session;
    private final WatchedProjects watched;
    private LocalDate lastDay;
    private Map<UUID, Long> lastVersions;

    public WatchedProjectChanges(Session session, WatchedProjects watched) {
        this.session = session;
        this.watched = watched;
    }

    @Override
    @Transactional
    public synchronized Optional<Set<UUID>> sinceLastLook(LocalDate today) {
        Map<UUID, Long> versions = versions();
        Map<UUID, Long> previous = lastVersions;
        boolean sameDay = today.equals(lastDay);
        lastVersions = versions;
        lastDay = today;
        if (previous == null || !sameDay) {
            return Optional.empty();
        }
        Set<UUID> changed = new HashSet<>();
        versions.forEach((project, version) -> {
            if (!version.equals(previous.get(project))) {
                changed.add(project);
            }
        });
        previous.keySet().stream().filter(project -> !versions.containsKey(project)).forEach(changed::add);
        return Optional.of(changed);
    }

    private Map<UUID, Long> versions() {
        Map<UUID, Long> versions = new HashMap<>();
        session.createNativeQuery("select id, facts_version from project where status in (:statuses)", Tuple.class)
                .setParameterList("statuses", watched.statuses()).getResultList().stream().map(Columns::of)
                .forEach(row -> versions.put(row.uuid("id"), row.count("facts_version")));
        return versions;
    }
}
