package io.deliveryhub.deploy.images;

import io.deliveryhub.deploy.images.OciImage.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images profile builds projects-service's image, running {@code ./mvnw package -Pimages} on the checkout with two
 * differences: the fast-jar the reactor has just built is taken as it is (Quarkus's build skipped), and the base is one
 * assembled here ({@link LocalBaseImage}) because no registry is reachable. The image's layers, entrypoint and user are
 * read back from the tarball. The other three services' images differ only in name and port.
 */
class ServiceImageTest {

    private static final Path ROOT = Path.of(System.getProperty("deliveryhub.repository.root", "..")).toAbsolutePath()
            .normalize();
    private static final Path WORK = Path.of("target", "service-image").toAbsolutePath();
    private static final Path QUARKUS_APP = ROOT.resolve("projects-service/target/quarkus-app");
    private static final int USER = 185;

    private static OciImage image;

    @BeforeAll
    static void buildTheImage() throws IOException, InterruptedException {
        assertThat(QUARKUS_APP.resolve("quarkus-run.jar"))
                .as("projects-service is packaged before this module's tests (the reactor's order)")
                .isRegularFile();
        Files.createDirectories(WORK);
        Path base = LocalBaseImage.write(WORK, USER);
        Path tarball = WORK.resolve("projects-service.tar");
        Files.deleteIfExists(tarball);

        Path log = WORK.resolve("maven.log");
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("mvnw").toString(), "-B", "-Pimages",
                "-pl", "platform,platform/testkit,projects-service", "package", "-Dmaven.test.skip=true",
                "-Dquarkus.build.skip=true",
                "-Dimage.base=tar://" + base,
                "-Djib.outputPaths.tar=" + tarball,
                "-Djib.outputPaths.digest=" + WORK.resolve("jib-image.digest"),
                "-Djib.outputPaths.imageId=" + WORK.resolve("jib-image.id"),
                "-Djib.outputPaths.imageJson=" + WORK.resolve("jib-image.json"),
                "-Djib.baseImageCache=" + WORK.resolve("jib-cache/base"),
                "-Djib.applicationCache=" + WORK.resolve("jib-cache/application"),
                "-Djib.disableUpdateChecks=true"));
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null && !localRepository.isBlank()) {
            command.add("-Dmaven.repo.local=" + localRepository);
        }
        Process maven = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = maven.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            maven.destroyForcibly();
        }
        assertThat(finished && maven.exitValue() == 0).as("the images profile built the image:\n%s", tail(log))
                .isTrue();
        image = OciImage.read(tarball);
    }

    @Test
    void runsTheFastJarAsTheNonRootUserWithContainerJvmOptions() {
        assertThat(image.config().at("/Entrypoint")).extracting(node -> node.asText())
                .containsExactly("java", "-jar", "/deployments/quarkus-run.jar");
        assertThat(image.config().at("/WorkingDir").asText()).isEqualTo("/deployments");
        assertThat(image.config().at("/User").asText()).isEqualTo(String.valueOf(USER));
        assertThat(image.config().at("/ExposedPorts").has("8081/tcp")).isTrue();
        assertThat(image.config().at("/Env")).extracting(node -> node.asText())
                .anySatisfy(variable -> assertThat(variable).startsWith("JAVA_TOOL_OPTIONS=")
                        .contains("-XX:MaxRAMPercentage=40.0", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC"))
                .contains("JAVA_HOME=" + LocalBaseImage.JAVA_HOME, "MALLOC_ARENA_MAX=2");
    }

    @Test
    void layersTheApplicationByHowOftenItsPartsChange() {
        assertThat(image.layers()).extracting(Layer::name)
                .endsWith("boot libraries", "libraries", "quarkus", "application");
        assertThat(files("libraries")).allMatch(path -> path.startsWith("deployments/lib/main/"))
                .anyMatch(path -> path.matches("deployments/lib/main/io\\.deliveryhub\\.platform-.*\\.jar"));
        assertThat(files("boot libraries")).allMatch(path -> path.startsWith("deployments/lib/boot/"));
        assertThat(files("quarkus")).allMatch(path -> path.startsWith("deployments/quarkus/"));
        assertThat(files("application")).allMatch(path -> path.startsWith("deployments/app/")
                        || path.equals("deployments/quarkus-run.jar"))
                .contains("deployments/quarkus-run.jar")
                .anyMatch(path -> path.matches("deployments/app/projects-service-.*\\.jar"));
    }

    @Test
    void holdsTheWholeQuarkusAppOnTheBaseAndNothingOfJibsOwnClassPath() throws IOException {
        List<String> inImage = image.layers().stream().flatMap(layer -> layer.paths().stream()).toList();
        List<String> built;
        try (Stream<Path> files = Files.walk(QUARKUS_APP)) {
            built = files.filter(Files::isRegularFile)
                    .map(file -> "deployments/" + QUARKUS_APP.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
        assertThat(inImage).containsAll(built).noneMatch(path -> path.startsWith("app/"));
        assertThat(image.layers().get(0).paths()).contains("opt/java/openjdk/bin/java", "etc/passwd", "tmp/");
    }

    /** The files a layer holds (Jib adds their parent directories' entries too). */
    private static List<String> files(String layerName) {
        Layer layer = image.layers().stream().filter(candidate -> candidate.name().equals(layerName)).findFirst()
                .orElseThrow();
        return layer.paths().stream().filter(path -> !path.endsWith("/")).toList();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
