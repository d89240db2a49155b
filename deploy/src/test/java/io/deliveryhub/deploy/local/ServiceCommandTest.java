package io.deliveryhub.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCommandTest {

    @TempDir
    Path root;

    @Test
    void startsEveryServiceWithItsHeapAndTheFootprintOptionsBeforeTheStacksOwn() {
        StackSettings settings = StackSettings.withFreePorts(root, root.resolve("data")).withJavaOptions("-XX:+UseG1GC -XX:-UseSerialGC");
        ServiceCommand commands = new ServiceCommand(settings, null, "localhost:9092");

        List<String> command = commands.command(Service.DELIVERY_METRICS);

        assertThat(command).containsSubsequence("-Xmx80m", "-XX:+UseSerialGC", "-Xms64m", "-Xss512k", "-XX:+UseG1GC",
                "-XX:-UseSerialGC", "-jar");
        assertThat(commands.command(Service.GATEWAY)).contains("-Xmx96m");
    }

    @Test
    void runsTheBackendServicesWithC1AloneAndTheGatewayWithC2UnlessTheStacksOwnOptionsSayOtherwise() {
        StackSettings settings = StackSettings.withFreePorts(root, root.resolve("data"));
        ServiceCommand commands = new ServiceCommand(settings, null, "localhost:9092");
        ServiceCommand withC2 = new ServiceCommand(settings.withJavaOptions("-XX:TieredStopAtLevel=4"), null, "localhost:9092");

        assertThat(commands.command(Service.PROJECTS)).contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:TieredStopAtLevel=4");
        assertThat(commands.command(Service.GATEWAY)).contains("-XX:TieredStopAtLevel=4").doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(withC2.command(Service.PROJECTS)).containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-jar");
    }

    @Test
    void addsTheFootprintOptionsOfJdk25OnlyOnAJdkThatHasThem() throws IOException {
        StackSettings settings = StackSettings.withFreePorts(root, root.resolve("data"));

        List<String> onJdk25 = new ServiceCommand(settings.withJavaHome(jdk("25", "25.0.1")), null, "localhost:9092")
                .command(Service.PROJECTS);
        List<String> onJdk17 = new ServiceCommand(settings.withJavaHome(jdk("17", "17.0.9")), null, "localhost:9092")
                .command(Service.PROJECTS);

        assertThat(onJdk25).containsSubsequence("-Xss512k", "-XX:+UseCompactObjectHeaders", "-XX:TrimNativeHeapInterval=5000",
                "-XX:SweeperThreshold=50", "-jar");
        assertThat(onJdk17).contains("-Xss512k").doesNotContainAnyElementsOf(ServiceCommand.FOOTPRINT_OPTIONS_SINCE_JDK_25);
    }

    @Test
    void theContainerImagesRunWithTheSameFootprintOptionsAndCompilers() throws IOException {
        Path repository = Path.of(System.getProperty("deliveryhub.repository.root", ".."));
        String pom = Files.readString(repository.resolve("pom.xml"));

        assertThat(Arrays.asList(property(pom, "image.jvm-options").split("\\s+"))).containsAll(ServiceCommand.FOOTPRINT_OPTIONS)
                .as("the images' base is a JDK 25").containsAll(ServiceCommand.FOOTPRINT_OPTIONS_SINCE_JDK_25)
                .contains("${image.compiler}");
        assertThat(pom).contains("<" + ServiceCommand.MALLOC_ARENAS_VARIABLE + ">2</" + ServiceCommand.MALLOC_ARENAS_VARIABLE + ">");
        for (Service service : Service.values()) {
            String modulePom = Files.readString(repository.resolve(service.module()).resolve("pom.xml"));
            String compiler = modulePom.contains("<image.compiler>") ? property(modulePom, "image.compiler")
                    : property(pom, "image.compiler");
            assertThat(compiler).as(service.module()).isEqualTo(service.compiler().option());
        }
    }

    private static String property(String pom, String name) {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">(.*)</" + Pattern.quote(name) + ">").matcher(pom);
        assertThat(value.find()).as(name).isTrue();
        return value.group(1);
    }

    /** A JDK home as far as the launcher reads it: its {@code release} file. */
    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(root.resolve("jdk-" + name));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
