package io.deliveryhub.resources;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.deliveryhub.testkit.Layering;
import io.deliveryhub.testkit.Layering.Allowed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md#inside-a-service, held for this service. */
class ArchitectureTest {

    private static final String BASE = "io.deliveryhub.resources";
    private static final JavaClasses CLASSES = Layering.of(BASE);

    /** Features that read another feature's entities, each with its reason. */
    private static final List<Allowed> SHARED_ENTITIES = List.of(
            Allowed.everywhere("Person", "people are what this service is about: every feature finds the person it"
                    + " books, costs, ranks or counts, and reads their capacity and active dates"),
            Allowed.everywhere("KnownProject", "the read model of projects-service's projects: writes check that the"
                    + " project exists, still accepts records and names the caller"));

    @Test
    void resourcesOnlyTranslateHttp() {
        Layering.resourcesStayThin().check(CLASSES);
    }

    @Test
    void nothingCallsBackIntoResources() {
        Layering.nothingDependsOnResources().check(CLASSES);
    }

    @Test
    void featuresUseTheirOwnEntities() {
        Layering.featuresKeepTheirEntities(BASE, SHARED_ENTITIES).check(CLASSES);
    }

    @Test
    void rulesArePlainJava() {
        Layering.rulesStayPlain(
                "io.deliveryhub.resources.calendar.WorkingCalendar",
                "io.deliveryhub.resources.calendar.IsoWeek",
                "io.deliveryhub.resources.calendar.IsoWeeks",
                "io.deliveryhub.resources.calendar.WeekCapacity",
                "io.deliveryhub.resources.allocation.Overallocation",
                "io.deliveryhub.resources.resourcerequest.CandidateRanking",
                "io.deliveryhub.resources.availability.Availability",
                "io.deliveryhub.resources.scenario.PlanOverlay").check(CLASSES);
    }
}
