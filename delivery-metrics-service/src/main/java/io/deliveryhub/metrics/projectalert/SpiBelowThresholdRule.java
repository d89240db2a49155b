package io.deliveryhub.metrics.projectalert;

import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.projectkpi.ProjectKpis;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A watched project's SPI (EV / PV) today is below the threshold (default 0.9); no alert before it starts. */
@Singleton
public class SpiBelowThresholdRule extends ProjectKpiRule {

    static final String NAME = "SPI_BELOW_THRESHOLD";

    private final BigDecimal threshold;

    public SpiBelowThresholdRule(WatchedProjects projects,
            @ConfigProperty(name = "deliveryhub.alerts.spi-below-threshold.threshold") BigDecimal threshold) {
        super(projects);
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    Optional<Breach> breach(ProjectKpis project) {
        BigDecimal spi = project.earnedValue().spi();
        if (!ProjectAlertConditions.isBelow(spi, threshold)) {
            return Optional.empty();
        }
        return Optional.of(new Breach(NAME, project.projectId(), project.projectId(), "SPI " + spi.toPlainString()
                + " of " + project.key() + " is below " + threshold.toPlainString(), spi, threshold));
    }
}
