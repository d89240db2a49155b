package io.deliveryhub.metrics.alert;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which projects the scheduled evaluation must judge again. A project's KPIs as of today move only with its facts and
 * with the date, so between two looks on the same day only the projects whose facts changed can breach or clear a
 * project rule differently.
 */
public interface ProjectChanges {

    /**
     * @return the projects whose facts (or status) changed since the previous look, or empty when every project must
     *         be judged: the first look, or the first of a new day
     */
    Optional<Set<UUID>> sinceLastLook(LocalDate today);
}
