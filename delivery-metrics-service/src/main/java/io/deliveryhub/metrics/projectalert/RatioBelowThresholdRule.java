package io.deliveryhub.metrics.projectalert;

import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.projectkpi.ProjectKpis;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/** A watched project's ratio of today (CPI, SPI) is below a threshold; an unknown ratio raises nothing. */
abstract class RatioBelowThresholdRule extends ProjectKpiRule {

    private final String name;
    private final String ratioName;
    private final Function<ProjectKpis, BigDecimal> ratio;
    private final BigDecimal threshold;

    RatioBelowThresholdRule(WatchedProjects projects, String name, String ratioName,
            Function<ProjectKpis, BigDecimal> ratio, BigDecimal threshold) {
        super(projects);
        this.name = name;
        this.ratioName = ratioName;
        this.ratio = ratio;
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    Optional<Breach> breach(ProjectKpis project) {
        BigDecimal value = ratio.apply(project);
        if (!ProjectAlertConditions.isBelow(value, threshold)) {
            return Optional.empty();
        }
        return Optional.of(new Breach(name, project.projectId(), project.projectId(), ratioName + " "
                + value.toPlainString() + " of " + project.key() + " is below " + threshold.toPlainString(), value,
                threshold));
    }
}
