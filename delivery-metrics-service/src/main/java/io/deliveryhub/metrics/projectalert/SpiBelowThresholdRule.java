package io.deliveryhub.metrics.projectalert;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A watched project's SPI (EV / PV) today is below the threshold (default 0.9); no alert before it starts. */
@Singleton
public class SpiBelowThresholdRule extends RatioBelowThresholdRule {

    static final String NAME = "SPI_BELOW_THRESHOLD";

    public SpiBelowThresholdRule(WatchedProjects projects,
            @ConfigProperty(name = "deliveryhub.alerts.spi-below-threshold.threshold") BigDecimal threshold) {
        super(projects, NAME, "SPI", project -> project.earnedValue().spi(), threshold);
    }
}
