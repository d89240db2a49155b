package io.deliveryhub.projects;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.deliveryhub.testkit.Layering;
import io.deliveryhub.testkit.Layering.Allowed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md#inside-a-service, held for this service. */
class ArchitectureTest {

    private static final String BASE = "io.deliveryhub.projects";
    private static final JavaClasses CLASSES = Layering.of(BASE);

    /** Features that read another feature's entities, each with its reason. */
    private static final List<Allowed> SHARED_ENTITIES = List.of(
            Allowed.everywhere("Project", "every feature hangs off a project: its services find it by id or key,"
                    + " lock it and check the caller's stake and whether it still accepts records"),
            new Allowed("ProjectStarter", "Milestone", "a template or clone creates the project with its parts in one"
                    + " transaction"),
            new Allowed("ProjectStarter", "Deliverable", "as for Milestone"),
            new Allowed("ProjectStarter", "RaidItem", "as for Milestone"));

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
                "io.deliveryhub.projects.project.ProjectLifecycle",
                "io.deliveryhub.projects.baseline.BaselineRules",
                "io.deliveryhub.projects.milestone.MilestoneRules",
                "io.deliveryhub.projects.raid.RaidScoring").check(CLASSES);
    }
}
