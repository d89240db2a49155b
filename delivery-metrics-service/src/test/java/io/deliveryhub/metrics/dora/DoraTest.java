package io.deliveryhub.metrics.dora;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.deployment.Commit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** DORA as docs/kpis.md#dora defines it: windows, weeks, medians, links between incidents and deployments, bands. */
class DoraTest {

    private static final UUID PROJECT = UUID.fromString("3d0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e10");
    private static final UUID OTHER_PROJECT = UUID.fromString("9a0f4a5e-2b8c-4f1a-9e6d-7c5b4a3f2e11");
    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final Dora DORA = new Dora(List.of("production", "prod-eu"));
    private static final AtomicInteger IDS = new AtomicInteger();

    // --- deployment frequency

    @Test
    void hasNoDataWithoutProductionDeploymentsInTheWindow() {
        List<DoraDeployment> deployments = List.of(
                deploy("2026-03-03T10:00:00Z", "staging"),
                deploy("2026-03-01T23:59:59Z", "production"),
                deploy("2026-03-16T00:00:00Z", "production"));

        DoraReport report = DORA.over(FROM, FROM.plusDays(13), deployments, List.of());

        assertThat(report.deploymentFrequency()).isEqualTo(new DoraReport.DeploymentFrequency(null, null, null));
        assertThat(report.leadTimeForChanges()).isEqualTo(new DoraReport.LeadTime(null, null));
        assertThat(report.changeFailureRate()).isEqualTo(new DoraReport.ChangeFailureRate(null, null));
        assertThat(report.recoveryTime()).isEqualTo(new DoraReport.RecoveryTime(null, null));
    }

    @Test
    void includesBothEndsOfTheWindowAndMatchesEnvironmentsWhateverTheirCase() {
        List<DoraDeployment> deployments = List.of(
                deploy("2026-03-02T00:00:00Z", "Production"),
                deploy("2026-03-15T23:59:59Z", "PROD-EU"));

        DoraReport report = DORA.over(FROM, FROM.plusDays(13), deployments, List.of());

        assertThat(report.deploymentFrequency().perWeek()).isEqualTo("1.000");
    }

    @Test
    void countsDistinctDeploymentDaysPerWeekAndTakesTheirMedian() {
        // Week 1: 5 days (one with two deployments); week 2: 1 day; week 3: 0 days → median 1, 7 deployments / 3.
        List<DoraDeployment> deployments = new ArrayList<>();
        for (int day = 2; day <= 6; day++) {
            deployments.add(deploy("2026-03-0" + day + "T10:00:00Z", "production"));
        }
        deployments.add(deploy("2026-03-02T16:00:00Z", "production"));
        deployments.add(deploy("2026-03-10T09:00:00Z", "production"));

        DoraReport.DeploymentFrequency frequency = DORA.over(FROM, FROM.plusDays(20), deployments, List.of())
                .deploymentFrequency();

        assertThat(frequency.perWeek()).isEqualTo("2.333");
        assertThat(frequency.medianDeploymentDaysPerWeek()).isEqualTo("1.000");
        assertThat(frequency.band()).isEqualTo(DoraBand.HIGH);
    }

    @Test
    void countsAPartialLastWeekAsAWeek() {
        // 8 days = 2 weeks: [2–8 March] 1 deployment day, [9 March] 1 → median 1, perWeek 2 / 2.
        List<DoraDeployment> deployments = List.of(deploy("2026-03-04T10:00:00Z", "production"),
                deploy("2026-03-09T10:00:00Z", "production"));

        DoraReport.DeploymentFrequency frequency = DORA.over(FROM, FROM.plusDays(7), deployments, List.of())
                .deploymentFrequency();

        assertThat(frequency.perWeek()).isEqualTo("1.000");
        assertThat(frequency.medianDeploymentDaysPerWeek()).isEqualTo("1.000");
    }

    @Test
    void takesTheMeanOfTheTwoMiddleWeeksForAnEvenNumberOfWeeks() {
        // Weeks: 5, 0, 6, 2 deployment days → sorted 0, 2, 5, 6 → median 3.5.
        List<DoraDeployment> deployments = new ArrayList<>();
        everyDay(deployments, FROM, 5);
        everyDay(deployments, FROM.plusDays(14), 6);
        everyDay(deployments, FROM.plusDays(21), 2);

        DoraReport.DeploymentFrequency frequency = DORA.over(FROM, FROM.plusDays(27), deployments, List.of())
                .deploymentFrequency();

        assertThat(frequency.medianDeploymentDaysPerWeek()).isEqualTo("3.500");
        assertThat(frequency.perWeek()).isEqualTo("3.250");
        assertThat(frequency.band()).isEqualTo(DoraBand.HIGH);
    }

    @Test
    void ratesFiveDeploymentDaysAWeekElite() {
        List<DoraDeployment> deployments = new ArrayList<>();
        everyDay(deployments, FROM, 5);
        everyDay(deployments, FROM.plusDays(7), 5);

        assertThat(DORA.over(FROM, FROM.plusDays(13), deployments, List.of()).deploymentFrequency().band())
                .isEqualTo(DoraBand.ELITE);
    }

    @Test
    void ratesMonthlyDeploymentsMediumAndRarerOnesLow() {
        // 56 days = 8 weeks, 2 blocks of 28 days, one deployment day in each → weekly median 0, monthly 1.
        List<DoraDeployment> monthly = List.of(deploy("2026-03-05T10:00:00Z", "production"),
                deploy("2026-04-10T10:00:00Z", "production"));
        // 84 days = 3 blocks of 28, a deployment in only one → monthly median 0.
        List<DoraDeployment> rare = List.of(deploy("2026-03-05T10:00:00Z", "production"));

        DoraReport.DeploymentFrequency medium = DORA.over(FROM, FROM.plusDays(55), monthly, List.of())
                .deploymentFrequency();
        DoraReport.DeploymentFrequency low = DORA.over(FROM, FROM.plusDays(83), rare, List.of()).deploymentFrequency();

        assertThat(medium.medianDeploymentDaysPerWeek()).isEqualTo("0.000");
        assertThat(medium.perWeek()).isEqualTo("0.250");
        assertThat(medium.band()).isEqualTo(DoraBand.MEDIUM);
        assertThat(low.band()).isEqualTo(DoraBand.LOW);
        assertThat(low.perWeek()).isEqualTo("0.083");
    }

    @Test
    void countsOnlySuccessfulDeploymentsButFailedOnesAreStillData() {
        List<DoraDeployment> deployments = List.of(failed("2026-03-03T10:00:00Z"));

        DoraReport report = DORA.over(FROM, FROM.plusDays(6), deployments, List.of());

        assertThat(report.deploymentFrequency().perWeek()).isEqualTo("0.000");
        assertThat(report.deploymentFrequency().band()).isEqualTo(DoraBand.LOW);
        assertThat(report.changeFailureRate()).as("no successful deployment")
                .isEqualTo(new DoraReport.ChangeFailureRate(null, null));
    }

    // --- lead time for changes

    @Test
    void takesTheMedianLeadTimeOverTheCommitsOfSuccessfulDeployments() {
        List<DoraDeployment> deployments = List.of(
                deploy("2026-03-03T12:00:00Z", "production", "2026-03-03T10:00:00Z", "2026-03-02T12:00:00Z"),
                deploy("2026-03-05T12:00:00Z", "production", "2026-03-05T11:30:00Z"),
                new DoraDeployment(id(), PROJECT, "api", "production", Instant.parse("2026-03-05T12:00:00Z"), false,
                        List.of(new Commit("sha-failed", Instant.parse("2026-02-01T00:00:00Z")))));

        DoraReport.LeadTime leadTime = DORA.over(FROM, FROM.plusDays(6), deployments, List.of()).leadTimeForChanges();

        // 2 h, 24 h, 0.5 h → median 2 h.
        assertThat(leadTime.medianHours()).isEqualTo("2.000");
        assertThat(leadTime.band()).isEqualTo(DoraBand.ELITE);
    }

    @Test
    void bandsLeadTimes() {
        assertThat(leadTimeBand(23.99)).isEqualTo(DoraBand.ELITE);
        assertThat(leadTimeBand(24)).isEqualTo(DoraBand.HIGH);
        assertThat(leadTimeBand(7 * 24 - 0.5)).isEqualTo(DoraBand.HIGH);
        assertThat(leadTimeBand(7 * 24)).isEqualTo(DoraBand.MEDIUM);
        assertThat(leadTimeBand(30 * 24)).isEqualTo(DoraBand.LOW);
    }

    @Test
    void averagesTheTwoMiddleLeadTimesOfAnEvenCount() {
        List<DoraDeployment> deployments = List.of(deploy("2026-03-03T12:00:00Z", "production",
                "2026-03-03T11:00:00Z", "2026-03-03T10:00:00Z", "2026-03-03T08:00:00Z", "2026-03-02T12:00:00Z"));

        // 1, 2, 4, 24 h → (2 + 4) / 2
        assertThat(DORA.over(FROM, FROM, deployments, List.of()).leadTimeForChanges().medianHours()).isNull();
        assertThat(DORA.over(FROM, FROM.plusDays(1), deployments, List.of()).leadTimeForChanges().medianHours())
                .isEqualTo("3.000");
    }

    @Test
    void countsACommitShippedTwiceOnceAtItsFirstSuccessfulDeployment() {
        Commit twice = new Commit("abc123", Instant.parse("2026-03-03T10:00:00Z"));
        DoraDeployment first = new DoraDeployment(id(), PROJECT, "api", "production",
                Instant.parse("2026-03-03T12:00:00Z"), true, List.of(twice));
        DoraDeployment failedBefore = new DoraDeployment(id(), PROJECT, "api", "production",
                Instant.parse("2026-03-03T11:00:00Z"), false, List.of(twice));
        DoraDeployment again = new DoraDeployment(id(), PROJECT, "api", "production",
                Instant.parse("2026-03-04T12:00:00Z"), true,
                List.of(twice, new Commit("def456", Instant.parse("2026-03-04T11:00:00Z")), twice));
        DoraDeployment otherService = new DoraDeployment(id(), PROJECT, "web", "production",
                Instant.parse("2026-03-03T13:00:00Z"), true, List.of(twice));

        DoraReport.LeadTime leadTime = DORA.over(FROM, FROM.plusDays(6),
                List.of(again, failedBefore, first, otherService), List.of()).leadTimeForChanges();

        // 2 h (api, at its first shipment), 3 h (web ships it too), 1 h (def456); never the 26 h of the second.
        assertThat(leadTime.medianHours()).isEqualTo("2.000");
    }

    @Test
    void leavesOutACommitFirstShippedBeforeTheWindow() {
        Commit old = new Commit("abc123", Instant.parse("2026-02-26T10:00:00Z"));
        DoraDeployment beforeWindow = new DoraDeployment(id(), PROJECT, "api", "production",
                Instant.parse("2026-02-27T10:00:00Z"), true, List.of(old));
        DoraDeployment inWindow = new DoraDeployment(id(), PROJECT, "api", "production",
                Instant.parse("2026-03-03T12:00:00Z"), true,
                List.of(old, new Commit("def456", Instant.parse("2026-03-03T11:00:00Z"))));

        assertThat(DORA.over(FROM, FROM.plusDays(6), List.of(beforeWindow, inWindow), List.of())
                .leadTimeForChanges().medianHours()).isEqualTo("1.000");
    }

    @Test
    void hasNoLeadTimeWithoutCommits() {
        DoraReport report = DORA.over(FROM, FROM.plusDays(6), List.of(deploy("2026-03-03T12:00:00Z", "production")),
                List.of());

        assertThat(report.leadTimeForChanges()).isEqualTo(new DoraReport.LeadTime(null, null));
    }

    // --- change failure rate

    @Test
    void linksAnIncidentToTheDeploymentItNames() {
        DoraDeployment first = deploy("2026-03-03T10:00:00Z", "production");
        DoraDeployment second = deploy("2026-03-04T10:00:00Z", "production");
        DoraIncident named = new DoraIncident(PROJECT, "api", Instant.parse("2026-03-05T10:00:00Z"), null,
                first.externalId());

        DoraReport.ChangeFailureRate rate = DORA.over(FROM, FROM.plusDays(6), List.of(first, second), List.of(named))
                .changeFailureRate();

        assertThat(rate.rate()).isEqualTo("0.500");
        assertThat(rate.band()).isEqualTo(DoraBand.LOW);
    }

    @Test
    void linksAnIncidentWithoutNameToTheLatestSuccessfulDeploymentOfItsServiceBeforeIt() {
        DoraDeployment earlier = deploy("2026-03-03T10:00:00Z", "production");
        DoraDeployment latest = deploy("2026-03-04T10:00:00Z", "production");
        DoraDeployment failedLater = failed("2026-03-04T12:00:00Z");
        DoraDeployment otherService = new DoraDeployment(id(), PROJECT, "web", "production",
                Instant.parse("2026-03-04T13:00:00Z"), true, List.of());
        DoraDeployment otherProject = new DoraDeployment(id(), OTHER_PROJECT, "api", "production",
                Instant.parse("2026-03-04T14:00:00Z"), true, List.of());
        DoraDeployment staging = deploy("2026-03-04T15:00:00Z", "staging");
        DoraDeployment afterIncident = deploy("2026-03-04T16:00:00Z", "production");
        DoraIncident incident = incident("2026-03-04T16:00:00Z", "2026-03-04T18:00:00Z");

        DoraReport report = DORA.over(FROM, FROM.plusDays(6),
                List.of(afterIncident, staging, otherProject, otherService, failedLater, latest, earlier),
                List.of(incident));

        // 1 of 5 successful production deployments (earlier, latest, otherService, otherProject, afterIncident).
        assertThat(report.changeFailureRate().rate()).isEqualTo("0.200");
        // Linked to "latest": resolved 8 h after it finished.
        assertThat(report.recoveryTime().medianHours()).isEqualTo("8.000");
    }

    @Test
    void linksAnIncidentToADeploymentBeforeTheWindowWithoutCountingThatDeployment() {
        DoraDeployment beforeWindow = deploy("2026-02-27T10:00:00Z", "production");
        DoraDeployment inWindow = deploy("2026-03-05T10:00:00Z", "production");
        DoraIncident incident = incident("2026-03-03T10:00:00Z", "2026-03-03T12:00:00Z");

        DoraReport report = DORA.over(FROM, FROM.plusDays(6), List.of(beforeWindow, inWindow), List.of(incident));

        assertThat(report.changeFailureRate().rate()).isEqualTo("0.000");
        assertThat(report.changeFailureRate().band()).isEqualTo(DoraBand.ELITE);
        assertThat(report.recoveryTime().medianHours()).isEqualTo("98.000");
        assertThat(report.recoveryTime().band()).isEqualTo(DoraBand.MEDIUM);
    }

    @Test
    void linksAnIncidentNamingAnUnknownDeploymentAsIfItNamedNone() {
        DoraDeployment deployment = deploy("2026-03-03T10:00:00Z", "production");
        DoraDeployment afterIncident = deploy("2026-03-05T10:00:00Z", "production");
        DoraDeployment staging = deploy("2026-03-04T09:00:00Z", "staging");
        DoraIncident unknown = new DoraIncident(PROJECT, "api", Instant.parse("2026-03-04T10:00:00Z"),
                Instant.parse("2026-03-04T11:00:00Z"), "not-ours");
        DoraIncident notProduction = new DoraIncident(PROJECT, "api", Instant.parse("2026-03-04T12:00:00Z"),
                Instant.parse("2026-03-04T13:00:00Z"), staging.externalId());

        DoraReport report = DORA.over(FROM, FROM.plusDays(6), List.of(deployment, afterIncident, staging),
                List.of(unknown, notProduction));

        // Both linked to the 3 March deployment: 1 of 2 failed; recovered 25 h and 27 h after it.
        assertThat(report.changeFailureRate().rate()).isEqualTo("0.500");
        assertThat(report.recoveryTime().medianHours()).isEqualTo("26.000");
    }

    @Test
    void hasNoChangeFailureRateWithOnlyFailedDeployments() {
        DoraDeployment broken = failed("2026-03-03T10:00:00Z");
        DoraIncident incident = new DoraIncident(PROJECT, "api", Instant.parse("2026-03-03T10:05:00Z"),
                Instant.parse("2026-03-03T10:30:00Z"), broken.externalId());

        DoraReport report = DORA.over(FROM, FROM.plusDays(6), List.of(broken, failed("2026-03-04T10:00:00Z")),
                List.of(incident));

        assertThat(report.changeFailureRate()).isEqualTo(new DoraReport.ChangeFailureRate(null, null));
        assertThat(report.recoveryTime().medianHours()).isEqualTo("0.500");
    }

    @Test
    void leavesOutIncidentsOpenedOutsideTheWindow() {
        DoraDeployment deployment = deploy("2026-03-08T10:00:00Z", "production");
        DoraIncident nextDay = incident("2026-03-09T00:00:00Z", "2026-03-09T01:00:00Z");

        DoraReport report = DORA.over(FROM, FROM.plusDays(6), List.of(deployment), List.of(nextDay));

        assertThat(report.changeFailureRate().rate()).isEqualTo("0.000");
        assertThat(report.recoveryTime().medianHours()).isNull();
    }

    @Test
    void countsADeploymentWithSeveralIncidentsOnce() {
        DoraDeployment deployment = deploy("2026-03-03T10:00:00Z", "production");
        List<DoraIncident> incidents = List.of(incident("2026-03-03T11:00:00Z", null),
                incident("2026-03-03T12:00:00Z", null));

        assertThat(DORA.over(FROM, FROM.plusDays(6), List.of(deployment), incidents).changeFailureRate().rate())
                .isEqualTo("1.000");
    }

    @Test
    void bandsChangeFailureRatesInclusively() {
        assertThat(failureBand(1, 20)).isEqualTo(DoraBand.ELITE);
        assertThat(failureBand(2, 20)).isEqualTo(DoraBand.HIGH);
        assertThat(failureBand(3, 20)).isEqualTo(DoraBand.MEDIUM);
        assertThat(failureBand(4, 20)).isEqualTo(DoraBand.LOW);
        assertThat(failureBand(0, 20)).isEqualTo(DoraBand.ELITE);
    }

    // --- recovery time

    @Test
    void takesTheMedianRecoveryOfResolvedLinkedIncidentsResolvedWhenever() {
        DoraDeployment deployment = deploy("2026-03-03T10:00:00Z", "production");
        List<DoraIncident> incidents = List.of(
                incident("2026-03-03T10:10:00Z", "2026-03-03T10:40:00Z"),
                incident("2026-03-03T11:00:00Z", "2026-03-03T11:30:00Z"),
                incident("2026-03-08T11:00:00Z", "2026-03-20T10:00:00Z"),
                incident("2026-03-04T11:00:00Z", null));

        DoraReport.RecoveryTime recovery = DORA.over(FROM, FROM.plusDays(6), List.of(deployment), incidents)
                .recoveryTime();

        // 0.5 h, 1.5 h, 408 h → 1.5 h
        assertThat(recovery.medianHours()).isEqualTo("1.500");
        assertThat(recovery.band()).isEqualTo(DoraBand.HIGH);
    }

    @Test
    void measuresRecoveryFromAFailedDeploymentItNames() {
        DoraDeployment broken = failed("2026-03-03T10:00:00Z");
        DoraIncident incident = new DoraIncident(PROJECT, "api", Instant.parse("2026-03-03T10:05:00Z"),
                Instant.parse("2026-03-03T10:45:00Z"), broken.externalId());

        DoraReport.RecoveryTime recovery = DORA.over(FROM, FROM.plusDays(6), List.of(broken), List.of(incident))
                .recoveryTime();

        assertThat(recovery.medianHours()).isEqualTo("0.750");
        assertThat(recovery.band()).isEqualTo(DoraBand.ELITE);
    }

    @Test
    void bandsRecoveryTimes() {
        assertThat(recoveryBand(0.99)).isEqualTo(DoraBand.ELITE);
        assertThat(recoveryBand(1)).isEqualTo(DoraBand.HIGH);
        assertThat(recoveryBand(24)).isEqualTo(DoraBand.MEDIUM);
        assertThat(recoveryBand(7 * 24)).isEqualTo(DoraBand.LOW);
    }

    @Test
    void answersAnInvertedWindowWithoutData() {
        DoraReport report = DORA.over(FROM, FROM.minusDays(1), List.of(deploy("2026-03-01T10:00:00Z", "production")),
                List.of());

        assertThat(report.deploymentFrequency().perWeek()).isNull();
    }

    private static DoraBand leadTimeBand(double hours) {
        Instant finished = Instant.parse("2026-03-03T12:00:00Z");
        Instant committed = finished.minusSeconds(Math.round(hours * 3600));
        DoraDeployment deployment = new DoraDeployment(id(), PROJECT, "api", "production", finished, true,
                List.of(new Commit("sha-" + id(), committed)));
        return DORA.over(FROM, FROM.plusDays(6), List.of(deployment), List.of()).leadTimeForChanges().band();
    }

    private static DoraBand recoveryBand(double hours) {
        DoraDeployment deployment = deploy("2026-03-03T12:00:00Z", "production");
        Instant resolved = deployment.finishedAt().plusSeconds(Math.round(hours * 3600));
        DoraIncident incident = new DoraIncident(PROJECT, "api", deployment.finishedAt().plusSeconds(60), resolved,
                deployment.externalId());
        return DORA.over(FROM, FROM.plusDays(6), List.of(deployment), List.of(incident)).recoveryTime().band();
    }

    /** {@code failed} of {@code total} deployments, each an hour apart, linked to an incident. */
    private static DoraBand failureBand(int failed, int total) {
        List<DoraDeployment> deployments = new ArrayList<>();
        List<DoraIncident> incidents = new ArrayList<>();
        Instant first = Instant.parse("2026-03-03T00:00:00Z");
        for (int i = 0; i < total; i++) {
            DoraDeployment deployment = new DoraDeployment(id(), PROJECT, "api", "production",
                    first.plusSeconds(3600L * i), true, List.of());
            deployments.add(deployment);
            if (i < failed) {
                incidents.add(new DoraIncident(PROJECT, "api", deployment.finishedAt().plusSeconds(60), null,
                        deployment.externalId()));
            }
        }
        return DORA.over(FROM, FROM.plusDays(6), deployments, incidents).changeFailureRate().band();
    }

    private static void everyDay(List<DoraDeployment> deployments, LocalDate first, int days) {
        for (int i = 0; i < days; i++) {
            deployments.add(deploy(first.plusDays(i) + "T10:00:00Z", "production"));
        }
    }

    private static DoraDeployment deploy(String finished, String environment, String... commits) {
        return new DoraDeployment(id(), PROJECT, "api", environment, Instant.parse(finished), true,
                java.util.Arrays.stream(commits).map(committed -> new Commit("sha-" + id(), Instant.parse(committed)))
                        .toList());
    }

    private static DoraDeployment failed(String finished) {
        return new DoraDeployment(id(), PROJECT, "api", "production", Instant.parse(finished), false, List.of());
    }

    private static DoraIncident incident(String opened, String resolved) {
        return new DoraIncident(PROJECT, "api", Instant.parse(opened), resolved == null ? null : Instant.parse(resolved),
                null);
    }

    private static String id() {
        return "deploy-" + IDS.incrementAndGet();
    }
}
