package io.deliveryhub.metrics.projectalert;

import io.deliveryhub.metrics.alert.ProjectAlertRule;
import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.projectkpi.ProjectKpis;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A watched project's SPI (EV / PV) today is below the threshold (default 0.9); no alert before it starts. */
@ApplicationScoped
public class SpiBelowThresholdRule implements ProjectAlertRule {

    static final String NAME = "SPI_BELOW_THRESHOLD";

    private final WatchedProjects projects;
    private final BigDecimal threshold;

    public SpiBelowThresholdRule(WatchedProjects projects,
            @ConfigProperty(name = "deliveryhub.alerts.spi-below-threshold.threshold") BigDecimal threshold) {
        this.projects = projects;
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Breach> breachesOn(LocalDate day) {
        return projects.breachesOn(day, this::breach);
    }

    @Override
    public List<Breach> breachesOn(LocalDate day, Set<UUID> projectIds) {
        return projects.breachesOn(day, projectIds, this::breach);
    }

    private Optional<Breach> breach(ProjectKpis project) {
        BigDecimal spi = project.earnedValue().spi();
        if (!ProjectAlertConditions.isBelow(spi, threshold)) {
            return Optional.empty();
        }
        return Optional.of(new Breach(NAME, project.projectId(), project.projectId(), "SPI " + spi.toPlainString()
                + " of " + project.key() + " is below " + threshold.toPlainString(), spi, threshold));
    }
}
