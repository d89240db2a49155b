package io.deliveryhub.metrics.dora;

import io.deliveryhub.metrics.alert.AlertRule;
import io.deliveryhub.metrics.alert.Breach;
import io.deliveryhub.metrics.deployment.Deployment;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * DORA change failure rate of a project over the last {@code window-days} (today included) above the threshold
 * (default 15 % over 30 days, the edge of the "medium" band). The rate is compared as the DORA endpoint reports
 * it (3 decimals), so an alert never disagrees with what the user sees there.
 */
@ApplicationScoped
public class ChangeFailureRateRule implements AlertRule {

    static final String NAME = "DORA_CHANGE_FAILURE_RATE";

    private final DoraService dora;
    private final BigDecimal threshold;
    private final int windowDays;

    public ChangeFailureRateRule(DoraService dora,
            @ConfigProperty(name = "deliveryhub.alerts.dora-change-failure-rate.threshold") BigDecimal threshold,
            @ConfigProperty(name = "deliveryhub.alerts.dora-change-failure-rate.window-days") int windowDays) {
        this.dora = dora;
        this.threshold = threshold;
        this.windowDays = windowDays;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Breach> breachesOn(LocalDate day) {
        LocalDate from = day.minusDays(windowDays - 1L);
        List<UUID> deployingProjects = Deployment.getEntityManager().createQuery(
                "select distinct d.projectId from Deployment d where d.finishedAt >= :start and d.finishedAt < :end",
                UUID.class)
                .setParameter("start", from.atStartOfDay(ZoneOffset.UTC).toInstant())
                .setParameter("end", day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .getResultList();
        List<Breach> breaches = new ArrayList<>();
        for (UUID project : deployingProjects) {
            BigDecimal rate = dora.report(project, null, from, day).changeFailureRate().rate();
            if (rate != null && rate.compareTo(threshold) > 0) {
                breaches.add(new Breach(NAME, project, project, "Change failure rate " + rate.toPlainString()
                        + " over the " + windowDays + " days to " + day + " is above " + threshold.toPlainString(),
                        rate, threshold));
            }
        }
        return breaches;
    }
}
