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
        assertThat(commands.command(Service.GATEWAY)).contains("-Xmx128m");
    }

    @Test
    void runsC1AloneUnlessTheStacksOwnOptionsBringC2Back() {
        StackSettings settings = StackSettings.withFreePorts(root, root.resolve("data")).withJavaOptions("-XX:TieredStopAtLevel=4");

        List<String> command = new ServiceCommand(settings, null, "localhost:9092").command(Service.PROJECTS);

        assertThat(command).containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-jar");
    }

    @Test
    void addsTheFootprintOptionsOfJdk25OnlyOnAJdkThatHasThem() throws IOException {
        StackSettings settings = StackSettings.withFreePorts(root, root.resolve("data"));

        List<String> onJdk25 = new ServiceCommand(settings.withJavaHome(jdk("25", "25.0.1")), null, "localhost:9092")
                .command(Service.PROJECTS);
        List<String> onJdk17 = new ServiceCommand(settings.withJavaHome(jdk("17", "17.0.9")), null, "localhost:9092")
                .command(Service.PROJECTS);

        assertThat(onJdk25).containsSubsequence("-Xss512k", "-XX:+UseCompactObjectHeaders", "-XX:TrimNativeHeapInterval=5000",
                "-jar");
        assertThat(onJdk17).contains("-Xss512k").doesNotContainAnyElementsOf(ServiceCommand.FOOTPRINT_OPTIONS_SINCE_JDK_25);
    }

    @Test
    void theContainerImagesRunWithTheSameFootprintOptions() throws IOException {
        String pom = Files.readString(Path.of(System.getProperty("deliveryhub.repository.root", "..")).resolve("pom.xml"));
        Matcher options = Pattern.compile("<image.jvm-options>(.*)</image.jvm-options>").matcher(pom);

        assertThat(options.find()).isTrue();
        assertThat(Arrays.asList(options.group(1).split("\\s+"))).containsAll(ServiceCommand.FOOTPRINT_OPTIONS)
                .as("the images' base is a JDK 25").containsAll(ServiceCommand.FOOTPRINT_OPTIONS_SINCE_JDK_25);
        assertThat(pom).contains("<" + ServiceCommand.MALLOC_ARENAS_VARIABLE + ">2</" + ServiceCommand.MALLOC_ARENAS_VARIABLE + ">");
    }

    /** A JDK home as far as the launcher reads it: its {@code release} file. */
    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(root.resolve("jdk-" + name));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
