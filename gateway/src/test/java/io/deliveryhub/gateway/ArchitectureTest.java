package io.deliveryhub.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.deliveryhub.testkit.Layering;
import org.junit.jupiter.api.Test;

/**
 * The gateway has no REST resources or entities (it routes with Vert.x): its layering is that the database stays in
 * the stores and the role and caller model stays plain Java (docs/architecture.md#inside-a-service).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = Layering.of("io.deliveryhub.gateway");

    @Test
    void onlyTheStoresReachTheDatabase() {
        Layering.onlyStoresTouchTheDatabase().check(CLASSES);
    }

    @Test
    void rolesAndCallersArePlainJava() {
        Layering.rulesStayPlain("io.deliveryhub.gateway.auth.Roles", "io.deliveryhub.gateway.auth.Caller").check(CLASSES);
    }
}
