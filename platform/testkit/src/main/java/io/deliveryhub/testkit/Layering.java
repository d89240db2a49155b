package io.deliveryhub.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The layering every service holds (docs/architecture.md#inside-a-service), once for all of them: REST resources
 * only translate HTTP and call services; services own transactions and rules and use entities and queries; rule
 * classes stay free of frameworks; a feature uses its own entities, and another feature's only where a service's
 * {@code ArchitectureTest} names the exception and its reason.
 */
public final class Layering {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final String[] PERSISTENCE = { "jakarta.persistence..", "org.hibernate..", "io.quarkus.hibernate..",
            "javax.sql..", "java.sql..", "io.agroal.." };
    private static final String[] FRAMEWORKS = { "io.quarkus..", "jakarta.ws.rs..", "jakarta.enterprise..",
            "jakarta.inject..", "jakarta.persistence..", "jakarta.transaction..", "org.hibernate..", "io.vertx..",
            "io.smallrye..", "org.eclipse.microprofile.." };

    /** A class that may use another feature's entity, and why; {@code from} and {@code entity} are simple names. */
    public record Allowed(String from, String entity, String reason) {

        private static final String ANY = "*";

        /** An aggregate root every feature hangs off, used by all of them. */
        public static Allowed everywhere(String entity, String reason) {
            return new Allowed(ANY, entity, reason);
        }

        boolean covers(JavaClass origin, JavaClass target) {
            return (from.equals(ANY) || from.equals(origin.getSimpleName())) && entity.equals(target.getSimpleName());
        }
    }

    private Layering() {
    }

    /** The production classes of a service, without tests and jars. */
    public static JavaClasses of(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    /** Resources call services: they neither read entities nor reach the database themselves. */
    public static ArchRule resourcesStayThin() {
        return noClasses().that().areAnnotatedWith(PATH)
                .should().dependOnClassesThat().areAnnotatedWith(ENTITY)
                .orShould().dependOnClassesThat().resideInAnyPackage(PERSISTENCE)
                .because("a resource only translates HTTP; the service owns the transaction and the storage");
    }

    /** Only the classes named {@code *Store} reach the database (a service without entities, like the gateway). */
    public static ArchRule onlyStoresTouchTheDatabase() {
        return noClasses().that().haveNameNotMatching(".*Store(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE)
                .orShould().dependOnClassesThat().resideInAnyPackage("io.vertx.sqlclient..", "io.vertx.pgclient..")
                .because("one class per table keeps SQL out of routing and HTTP handling");
    }

    /** Nothing below the REST layer calls back into it. */
    public static ArchRule nothingDependsOnResources() {
        return noClasses().that().areNotAnnotatedWith(PATH).and().areTopLevelClasses()
                .should().dependOnClassesThat().areAnnotatedWith(PATH)
                .because("resources are the top layer: services and rules do not know about HTTP endpoints");
    }

    /** The classes that hold the rules a product owner would recognise are plain Java. */
    public static ArchRule rulesStayPlain(String... ruleClassNames) {
        String names = Arrays.stream(ruleClassNames).map(Pattern::quote).collect(Collectors.joining("|"));
        return classes().that().haveNameMatching("(" + names + ")(\\$.*)?")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(FRAMEWORKS)
                .because("rules are tested exhaustively as plain classes, without a container")
                .allowEmptyShould(false);
    }

    /** Every class of the packages given holds rules and is plain Java. */
    public static ArchRule rulePackagesStayPlain(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("rules are tested exhaustively as plain classes, without a container");
    }

    /**
     * A feature (the package right below {@code basePackage}) uses only its own entities, apart from the
     * exceptions given.
     */
    public static ArchRule featuresKeepTheirEntities(String basePackage, List<Allowed> exceptions) {
        return classes().that().resideInAPackage(basePackage + "..")
                .should(new ArchCondition<JavaClass>("use only their own feature's entities") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String feature = feature(basePackage, origin);
                        Set<JavaClass> entities = origin.getDirectDependenciesFromSelf().stream()
                                .map(Dependency::getTargetClass)
                                .filter(target -> target.isAnnotatedWith(ENTITY))
                                .filter(target -> !feature(basePackage, target).equals(feature))
                                .collect(Collectors.toSet());
                        for (JavaClass entity : entities) {
                            if (exceptions.stream().noneMatch(exception -> exception.covers(origin, entity))) {
                                events.add(SimpleConditionEvent.violated(origin, origin.getName() + " (feature "
                                        + feature + ") uses the entity " + entity.getName() + " of feature "
                                        + feature(basePackage, entity)));
                            }
                        }
                    }
                });
    }

    private static String feature(String basePackage, JavaClass type) {
        String rest = type.getPackageName().length() > basePackage.length()
                ? type.getPackageName().substring(basePackage.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
