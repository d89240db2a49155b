package io.deliveryhub.metrics.dora;

import static io.deliveryhub.metrics.kpi.Decimals.*;

import io.deliveryhub.metrics.deployment.Commit;
import io.deliveryhub.metrics.dora.DoraReport.ChangeFailureRate;
import io.deliveryhub.metrics.dora.DoraReport.DeploymentFrequency;
import io.deliveryhub.metrics.dora.DoraReport.LeadTime;
import io.deliveryhub.metrics.dora.DoraReport.RecoveryTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The DORA four keys over a window [from, to] (dates inclusive, UTC), exactly as docs/kpis.md#dora defines them.
 * Only deployments to a production environment count (names compared case-insensitively). The window holds
 * the deployments that finished in it and the incidents opened in it; its weeks are 7-day blocks from
 * {@code from}, a partial last block counting as a week. A median of an even count is the mean of the two
 * middle values. Results: rates and medians to 3 decimals, bands compared on unrounded values.
 * <ul>
 * <li>Deployment frequency: perWeek = successful deployments / weeks; medianDeploymentDaysPerWeek = median over
 * the weeks of the distinct days with a successful deployment. Band elite when that median ≥ 5, high when
 * ≥ 1, medium when the median over 28-day blocks of deployment days is ≥ 1, else low. No production
 * deployment at all in the window: no data.
 * <li>Lead time for changes: median over the commits of successful deployments of (deployment finish − commit
 * time), in hours. A commit shipped again (a redeploy, a rollback undone) counts once, at its first successful
 * production deployment of its project and service, and not at all when that one finished before the window.
 * Elite &lt; 24 h, high &lt; 7 days, medium &lt; 30 days, else low.
 * <li>Change failure rate: successful deployments linked to at least one incident / successful deployments.
 * An incident links to the deployment it names when that is a production deployment we know; otherwise
 * (it names none, or one we do not know) to the latest successful production deployment of the same project and
 * service that finished before the incident opened. Without successful deployments in the window the rate is
 * unknown, not 0. Elite ≤ 5 %, high ≤ 10 %, medium ≤ 15 %, else low.
 * <li>Failed-deployment recovery time: over the incidents of the window that are resolved (whenever) and linked
 * to a deployment, median of (resolved − that deployment's finish), in hours. Elite &lt; 1 h, high &lt; 24 h,
 * medium &lt; 7 days, else low.
 * </ul>
 */
public final class Dora {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);
    private static final BigDecimal HOURS_PER_WEEK = BigDecimal.valueOf(24 * 7);
    private static final BigDecimal HOURS_PER_30_DAYS = BigDecimal.valueOf(24 * 30);
    private static final BigDecimal ELITE_FAILURE_RATE = new BigDecimal("0.05");
    private static final BigDecimal HIGH_FAILURE_RATE = new BigDecimal("0.10");
    private static final BigDecimal MEDIUM_FAILURE_RATE = new BigDecimal("0.15");

    private final Set<String> productionEnvironments;

    public Dora(Collection<String> productionEnvironments) {
        this.productionEnvironments = productionEnvironments.stream().map(name -> name.trim().toLowerCase())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param deployments every deployment of the scope, also those before the window: an incident of the window
     *        may link to one of them
     * @param incidents the incidents of the scope; those opened outside the window are left out
     */
    public DoraReport over(LocalDate from, LocalDate to, List<DoraDeployment> deployments,
            List<DoraIncident> incidents) {
        if (from == null || to == null || to.isBefore(from)) {
            return new DoraReport(DeploymentFrequency.NO_DATA, LeadTime.NO_DATA, ChangeFailureRate.NO_DATA,
                    RecoveryTime.NO_DATA);
        }
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<DoraDeployment> production = deployments.stream()
                .filter(deployment -> production(deployment.environment()))
                .filter(deployment -> deployment.finishedAt() != null)
                .toList();
        List<DoraDeployment> inWindow = production.stream().filter(deployment -> within(deployment.finishedAt(), start, end))
                .toList();
        List<DoraDeployment> successful = inWindow.stream().filter(DoraDeployment::successful).toList();
        List<DoraIncident> windowIncidents = incidents.stream()
                .filter(incident -> incident.openedAt() != null && within(incident.openedAt(), start, end)).toList();
        Links links = new Links(production);
        return new DoraReport(
                deploymentFrequency(from, to, inWindow, successful),
                leadTime(successful, firstShipments(production)),
                changeFailureRate(successful, windowIncidents, links),
                recoveryTime(windowIncidents, links));
    }

    /** Whether deployments to the environment count (its name compared case-insensitively). */
    public boolean production(String environment) {
        return environment != null && productionEnvironments.contains(environment.trim().toLowerCase());
    }

    private static DeploymentFrequency deploymentFrequency(LocalDate from, LocalDate to,
            List<DoraDeployment> inWindow, List<DoraDeployment> successful) {
        if (inWindow.isEmpty()) {
            return DeploymentFrequency.NO_DATA;
        }
        Set<LocalDate> deploymentDays = successful.stream()
                .map(deployment -> LocalDate.ofInstant(deployment.finishedAt(), ZoneOffset.UTC))
                .collect(Collectors.toSet());
        List<BigDecimal> perWeek = deploymentDaysPerBlock(from, to, 7, deploymentDays);
        BigDecimal medianPerWeek = median(perWeek);
        BigDecimal frequency = divide(BigDecimal.valueOf(successful.size()), BigDecimal.valueOf(perWeek.size()));
        DoraBand band;
        if (medianPerWeek.compareTo(FIVE) >= 0) {
            band = DoraBand.ELITE;
        } else if (medianPerWeek.compareTo(BigDecimal.ONE) >= 0) {
            band = DoraBand.HIGH;
        } else if (median(deploymentDaysPerBlock(from, to, 28, deploymentDays)).compareTo(BigDecimal.ONE) >= 0) {
            band = DoraBand.MEDIUM;
        } else {
            band = DoraBand.LOW;
        }
        return new DeploymentFrequency(ratio(frequency), ratio(medianPerWeek), band);
    }

    /** Distinct deployment days in each block of {@code length} days from {@code from}; a partial last block counts. */
    static List<BigDecimal> deploymentDaysPerBlock(LocalDate from, LocalDate to, int length, Set<LocalDate> days) {
        long windowDays = ChronoUnit.DAYS.between(from, to) + 1;
        int blocks = (int) ((windowDays + length - 1) / length);
        int[] counts = new int[blocks];
        for (LocalDate day : days) {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                counts[(int) (ChronoUnit.DAYS.between(from, day) / length)]++;
            }
        }
        List<BigDecimal> result = new ArrayList<>(blocks);
        for (int count : counts) {
            result.add(BigDecimal.valueOf(count));
        }
        return result;
    }

    /** A commit as shipped to one service of one project: what is shipped at most once. */
    private record Shipment(UUID projectId, String service, String sha) {

        Shipment(DoraDeployment deployment, Commit commit) {
            this(deployment.projectId(), deployment.service(), commit.sha());
        }
    }

    /** Each commit's first successful production deployment (the earliest to finish). */
    private static Map<Shipment, DoraDeployment> firstShipments(List<DoraDeployment> production) {
        Map<Shipment, DoraDeployment> first = new HashMap<>();
        production.stream().filter(DoraDeployment::successful)
                .sorted(Comparator.comparing(DoraDeployment::finishedAt))
                .forEach(deployment -> deployment.commits()
                        .forEach(commit -> first.putIfAbsent(new Shipment(deployment, commit), deployment)));
        return first;
    }

    private static LeadTime leadTime(List<DoraDeployment> successful, Map<Shipment, DoraDeployment> firstShipments) {
        List<BigDecimal> leadTimes = new ArrayList<>();
        Set<Shipment> counted = new HashSet<>();
        for (DoraDeployment deployment : successful) {
            for (Commit commit : deployment.commits()) {
                Shipment shipment = new Shipment(deployment, commit);
                if (commit.committedAt() != null && firstShipments.get(shipment) == deployment
                        && counted.add(shipment)) {
                    leadTimes.add(hours(Duration.between(commit.committedAt(), deployment.finishedAt())));
                }
            }
        }
        BigDecimal median = median(leadTimes);
        if (median == null) {
            return LeadTime.NO_DATA;
        }
        DoraBand band = median.compareTo(HOURS_PER_DAY) < 0 ? DoraBand.ELITE
                : median.compareTo(HOURS_PER_WEEK) < 0 ? DoraBand.HIGH
                        : median.compareTo(HOURS_PER_30_DAYS) < 0 ? DoraBand.MEDIUM : DoraBand.LOW;
        return new LeadTime(ratio(median), band);
    }

    private static ChangeFailureRate changeFailureRate(List<DoraDeployment> successful,
            List<DoraIncident> incidents, Links links) {
        if (successful.isEmpty()) {
            return ChangeFailureRate.NO_DATA;
        }
        Set<DoraDeployment> failed = new HashSet<>();
        incidents.forEach(incident -> links.of(incident).ifPresent(failed::add));
        long failedCount = successful.stream().filter(failed::contains).count();
        BigDecimal rate = divide(BigDecimal.valueOf(failedCount), BigDecimal.valueOf(successful.size()));
        DoraBand band = rate.compareTo(ELITE_FAILURE_RATE) <= 0 ? DoraBand.ELITE
                : rate.compareTo(HIGH_FAILURE_RATE) <= 0 ? DoraBand.HIGH
                        : rate.compareTo(MEDIUM_FAILURE_RATE) <= 0 ? DoraBand.MEDIUM : DoraBand.LOW;
        return new ChangeFailureRate(ratio(rate), band);
    }

    private static RecoveryTime recoveryTime(List<DoraIncident> incidents, Links links) {
        List<BigDecimal> recoveries = new ArrayList<>();
        for (DoraIncident incident : incidents) {
            if (incident.resolvedAt() == null) {
                continue;
            }
            links.of(incident).ifPresent(deployment -> recoveries
                    .add(hours(Duration.between(deployment.finishedAt(), incident.resolvedAt()))));
        }
        BigDecimal median = median(recoveries);
        if (median == null) {
            return RecoveryTime.NO_DATA;
        }
        DoraBand band = median.compareTo(BigDecimal.ONE) < 0 ? DoraBand.ELITE
                : median.compareTo(HOURS_PER_DAY) < 0 ? DoraBand.HIGH
                        : median.compareTo(HOURS_PER_WEEK) < 0 ? DoraBand.MEDIUM : DoraBand.LOW;
        return new RecoveryTime(ratio(median), band);
    }

    private static boolean within(Instant instant, Instant start, Instant end) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** Which production deployment an incident is about. */
    private static final class Links {

        private final Map<String, DoraDeployment> byExternalId = new HashMap<>();
        private final List<DoraDeployment> successfulByFinish;

        Links(List<DoraDeployment> production) {
            production.stream().filter(deployment -> deployment.externalId() != null)
                    .forEach(deployment -> byExternalId.put(deployment.externalId(), deployment));
            successfulByFinish = production.stream().filter(DoraDeployment::successful)
                    .sorted(Comparator.comparing(DoraDeployment::finishedAt)).toList();
        }

        Optional<DoraDeployment> of(DoraIncident incident) {
            DoraDeployment named = incident.deploymentExternalId() == null ? null
                    : byExternalId.get(incident.deploymentExternalId());
            if (named != null) {
                return Optional.of(named);
            }
            DoraDeployment latest = null;
            for (DoraDeployment deployment : successfulByFinish) {
                if (!deployment.finishedAt().isBefore(incident.openedAt())) {
                    break;
                }
                if (Objects.equals(deployment.projectId(), incident.projectId())
                        && Objects.equals(deployment.service(), incident.service())) {
                    latest = deployment;
                }
            }
            return Optional.ofNullable(latest);
        }
    }
}
