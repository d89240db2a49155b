package io.deliveryhub.metrics.projectalert;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A watched project's CPI (EV / AC) today is below the threshold (default 0.9); no alert while AC is 0. */
@Singleton
public class CpiBelowThresholdRule extends RatioBelowThresholdRule {

    static final String NAME = "CPI_BELOW_THRESHOLD";

    public CpiBelowThresholdRule(WatchedProjects projects,
            @ConfigProperty(name = "deliveryhub.alerts.cpi-below-threshold.threshold") BigDecimal threshold) {
        super(projects, NAME, "CPI", project -> project.earnedValue().cpi(), threshold);
    }
}
