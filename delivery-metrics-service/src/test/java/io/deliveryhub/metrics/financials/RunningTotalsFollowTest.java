package io.deliveryhub.metrics.financials;

import static io.deliveryhub.metrics.ResourceFeed.*;
import static io.deliveryhub.platform.security.Roles.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;

import io.deliveryhub.metrics.MoneyFeed;
import io.deliveryhub.metrics.ProjectFeed;
import io.deliveryhub.metrics.projectkpi.ProjectFilter;
import io.deliveryhub.testkit.Api;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * Today's portfolio totals, moved by the projects that changed rather than added up again, are what adding up every
 * kept row finds, after time booked, allocations made, projects moving between delivery managers and into and out of
 * the pipeline, and an exchange rate changed (after which they are added up again); callers who may not see cost see
 * none of it.
 */
@QuarkusTest
class RunningTotalsFollowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final String PORTFOLIO = "/api/v1/metrics/portfolio/financials";

    @Inject
    PortfolioTotals totals;

    @Inject
    KeptFinancials kept;

    @Inject
    Session session;

    @Inject
    MeterRegistry registry;

    /** A project of the test and what its next announcement says. */
    private static final class Project {

        final UUID id = UUID.randomUUID();
        final UUID person = UUID.randomUUID();
        final String deliveryModel;
        final String currency;
        String status;
        String probability;
        UUID manager;
        long version = 1;

        Project(String deliveryModel, String currency, String status, String probability, UUID manager) {
            this.deliveryModel = deliveryModel;
            this.currency = currency;
            this.status = status;
            this.probability = probability;
            this.manager = manager;
        }

        UUID announce(String type, LocalDate today) {
            return MoneyFeed.project(type, version, id, status, probability, deliveryModel, currency,
                    today.plusDays(90), "50000.00", UUID.randomUUID(), manager);
        }
    }

    @Test
    void movedTotalsAreWhatAddingUpEveryRowFindsAfterRandomChanges() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Random random = new Random(17);
        UUID manager = UUID.randomUUID();
        UUID otherManager = UUID.randomUUID();
        List<UUID> events = new ArrayList<>();
        long chfVersion = 1;
        events.add(MoneyFeed.exchangeRate("CHF", JAN_1, "1.0500000000", chfVersion));
        List<Project> projects = List.of(new Project("TIME_AND_MATERIALS", "EUR", "ACTIVE", null, manager),
                new Project("TIME_AND_MATERIALS", "CHF", "ACTIVE", null, manager),
                new Project("FIXED_PRICE", "EUR", "ACTIVE", null, manager),
                new Project("RETAINER", "EUR", "ACTIVE", null, otherManager),
                new Project("TIME_AND_MATERIALS", "EUR", "PROPOSED", "0.4", manager),
                new Project("TIME_AND_MATERIALS", "EUR", "PROPOSED", null, manager));
        for (Project project : projects) {
            events.add(project.announce(ProjectFeed.PROJECT_CREATED, today));
            events.add(MoneyFeed.personRate(project.person, JAN_1, String.valueOf(50 + random.nextInt(30)),
                    String.valueOf(90 + random.nextInt(60)), "EUR"));
            for (int entry = 0; entry < 3; entry++) {
                events.add(booked(project, today.minusDays(1 + random.nextInt(40)), random));
            }
            events.add(allocated(project, today, random));
        }
        awaitHandled(events);
        List<ProjectFilter> filters = List.of(new ProjectFilter(manager, null, null),
                new ProjectFilter(otherManager, null, null));
        filters.forEach(filter -> assertMovedAsAddedUp(today, filter));
        double movedBefore = moved();

        for (int step = 0; step < 12; step++) {
            events.clear();
            Project project = projects.get(random.nextInt(projects.size()));
            switch (step % 5) {
                case 0 -> events.add(booked(project, today.minusDays(1 + random.nextInt(40)), random));
                case 1 -> events.add(allocated(project, today, random));
                case 2 -> {
                    project.manager = manager.equals(project.manager) ? otherManager : manager;
                    project.version++;
                    events.add(project.announce(ProjectFeed.PROJECT_UPDATED, today));
                }
                case 3 -> {
                    project.status = "PROPOSED".equals(project.status) ? "ACTIVE" : "PROPOSED";
                    project.probability = "PROPOSED".equals(project.status) ? "0.7" : null;
                    project.version++;
                    events.add(project.announce(ProjectFeed.PROJECT_STATUS_CHANGED, today));
                }
                default -> events.add(MoneyFeed.exchangeRate("CHF", JAN_1,
                        "1.0" + (5 + step) + "00000000", ++chfVersion));
            }
            awaitHandled(events);
            filters.forEach(filter -> assertMovedAsAddedUp(today, filter));
        }

        assertThat(moved()).isGreaterThan(movedBefore);
        List<String> lowest = lowestFromScratch(today, filters.get(0)).stream()
                .limit(PortfolioFinancialsService.LOWEST_MARGINS_LISTED)
                .map(low -> low.project().projectId().toString()).toList();
        Api.as(HEAD_OF_DELIVERY).get(PORTFOLIO + "?deliveryManagerId=" + manager).then().statusCode(200)
                .body("asOf", is(today.toString()), "lowestMargins.projectId", is(lowest),
                        "atCompletion", hasKey("cost"));
        Api.as(TEAM_MEMBER).get(PORTFOLIO + "?deliveryManagerId=" + manager).then().statusCode(200)
                .body("atCompletion", not(hasKey("cost")), "atCompletion", not(hasKey("margin")),
                        "$", not(hasKey("lowestMargins")));
    }

    private void assertMovedAsAddedUp(LocalDate today, ProjectFilter filter) {
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> {
            RunningTotals moved = totals.of(today, filter, true);
            kept.refresh(today, filter);
            RunningTotals addedUp = QuarkusTransaction.requiringNew().call(() -> {
                kept.oneSnapshot();
                return new RunningTotals(kept.sums(today, filter), kept.months(today, filter), null, null);
            });
            assertThat(moved.sums()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(addedUp.sums());
            assertThat(moved.months()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(addedUp.months());
            assertThat(moved.lowestMargins()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(lowestFromScratch(today, filter).stream()
                            .limit(PortfolioFinancialsService.LOWEST_MARGINS_LISTED)
                            .map(RunningTotals.LowMargin::project).toList());
        });
    }

    private List<RunningTotals.LowMargin> lowestFromScratch(LocalDate today, ProjectFilter filter) {
        return QuarkusTransaction.requiringNew().call(
                () -> kept.lowestMargins(today, filter, RunningTotals.CANDIDATES));
    }

    private double moved() {
        return registry.get("deliveryhub.financials.portfolio.totals").tag("how", "moved").counter().count();
    }

    private static UUID booked(Project project, LocalDate day, Random random) {
        int hours = 1 + random.nextInt(8);
        return publish(TIME_ENTRY_RECORDED, project.id, timeEntry(TIME_ENTRY_RECORDED, UUID.randomUUID(), 1,
                project.id, project.person, day, hours, hours * 60 + ".00", random.nextInt(4) != 0, "APPROVED"));
    }

    private static UUID allocated(Project project, LocalDate today, Random random) {
        LocalDate from = today.plusDays(1 + random.nextInt(20));
        return publish(ALLOCATION_CREATED, project.id, allocation(ALLOCATION_CREATED, UUID.randomUUID(), 1,
                project.person, project.id, from, from.plusDays(7 + random.nextInt(40)), 4 + random.nextInt(30),
                random.nextBoolean() ? "HARD" : "SOFT"));
    }

    private void awaitHandled(List<UUID> events) {
        Awaitility.await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(
                () -> ((Number) session.createNativeQuery("select count(distinct event_id) from inbox"
                        + " where event_id in (:ids)", Object.class).setParameter("ids", events).getSingleResult())
                        .longValue() == events.size()));
    }
}
