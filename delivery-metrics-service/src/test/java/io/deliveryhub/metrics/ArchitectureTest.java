package io.deliveryhub.metrics;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.deliveryhub.testkit.Layering;
import io.deliveryhub.testkit.Layering.Allowed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md#inside-a-service, held for this service. */
class ArchitectureTest {

    private static final String BASE = "io.deliveryhub.metrics";
    private static final JavaClasses CLASSES = Layering.of(BASE);

    /** Features that read another feature's entities, each with its reason. */
    private static final List<Allowed> SHARED_ENTITIES = List.of(
            Allowed.everywhere("Project", "the project read model is what every KPI, trend and alert is about:"
                    + " they find it by id or key and filter by its status and people"),
            new Allowed("DoraService", "Deployment", "DORA is computed from the pipeline telemetry"),
            new Allowed("DoraService", "Incident", "DORA is computed from the pipeline telemetry"),
            new Allowed("ChangeFailureRateRule", "Deployment", "the alert rule counts failed changes as DORA does"));

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
                "io.deliveryhub.metrics.dora.Dora",
                "io.deliveryhub.metrics.dora.DoraBand").check(CLASSES);
        Layering.rulePackagesStayPlain("io.deliveryhub.metrics.kpi..").check(CLASSES);
    }
}
