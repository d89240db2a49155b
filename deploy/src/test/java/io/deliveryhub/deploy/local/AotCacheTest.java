package io.deliveryhub.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    @TempDir
    Path root;

    @BeforeEach
    void switchOn() {
        System.setProperty(AotCache.SWITCH_PROPERTY, "true");
    }

    @AfterEach
    void switchOff() {
        System.clearProperty(AotCache.SWITCH_PROPERTY);
    }

    @Test
    void isOffUnlessAskedFor() throws IOException {
        System.clearProperty(AotCache.SWITCH_PROPERTY);

        assertThat(AotCache.of(settings(jdk("25.0.3"), ""), Service.PROJECTS)).isNull();
    }

    @Test
    void recordsOnTheFirstStartOfABuildAndUsesTheCacheAfterwards() throws IOException {
        StackSettings settings = settings(jdk("25.0.3"), "");

        String recording = single(AotCache.of(settings, Service.PROJECTS).options());
        assertThat(recording).startsWith("-XX:AOTCacheOutput=" + root.resolve("data/aot-cache/projects-service-"))
                .endsWith(".aot");
        Path cache = Path.of(recording.substring("-XX:AOTCacheOutput=".length()));
        Files.writeString(cache, "cache");

        assertThat(AotCache.of(settings, Service.PROJECTS).recording()).isFalse();
        assertThat(AotCache.of(settings, Service.PROJECTS).options()).containsExactly("-XX:AOTCache=" + cache);
    }

    @Test
    void recordsAnewWhenTheCacheWasNotFinished() throws IOException {
        StackSettings settings = settings(jdk("25"), "");
        Path cache = Path.of(single(AotCache.of(settings, Service.GATEWAY).options()).substring("-XX:AOTCacheOutput=".length()));
        Files.writeString(cache, "half");
        Files.writeString(cache.resolveSibling(cache.getFileName() + ".config"), "configuration");

        assertThat(AotCache.of(settings, Service.GATEWAY).recording()).isTrue();
    }

    @Test
    void recordsANewCacheForANewBuildAndRemovesTheOldOne() throws IOException {
        StackSettings settings = settings(jdk("25.0.3"), "");
        Path old = Path.of(single(AotCache.of(settings, Service.PROJECTS).options()).substring("-XX:AOTCacheOutput=".length()));
        Files.writeString(old, "cache");

        Files.writeString(quarkusApp(Service.PROJECTS).resolve("lib/main/library.jar"), "a rebuilt library");
        String recording = single(AotCache.of(settings, Service.PROJECTS).options());

        assertThat(recording).startsWith("-XX:AOTCacheOutput=").doesNotContain(old.getFileName().toString());
        assertThat(old).doesNotExist();
    }

    @Test
    void isNothingOnOlderJdksOrWhenTheJavaOptionsSayWhatToDo() throws IOException {
        assertThat(AotCache.of(settings(jdk("17.0.13"), ""), Service.PROJECTS)).isNull();
        assertThat(AotCache.of(settings(jdk("25.0.3"), "-XX:AOTMode=off"), Service.PROJECTS)).isNull();
    }

    private StackSettings settings(Path javaHome, String javaOptions) throws IOException {
        for (Service service : Service.values()) {
            Path app = quarkusApp(service);
            Files.createDirectories(app.resolve("lib/main"));
            Files.writeString(app.resolve("quarkus-run.jar"), "runner of " + service);
            Files.writeString(app.resolve("lib/main/library.jar"), "library");
        }
        return StackSettings.withFreePorts(root, root.resolve("data")).withJavaHome(javaHome).withJavaOptions(javaOptions);
    }

    private Path quarkusApp(Service service) {
        return root.resolve(service.module()).resolve("target/quarkus-app");
    }

    private Path jdk(String version) throws IOException {
        Path home = root.resolve("jdk-" + version);
        Files.createDirectories(home);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    private static String single(List<String> options) {
        assertThat(options).hasSize(1);
        return options.get(0);
    }
}
