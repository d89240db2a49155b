package io.deliveryhub.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.deploy.bench.PeerRun.Result;
import io.deliveryhub.deploy.bench.PeerRun.Shape;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerComparisonTest {

    private static final String REDMINE_OUTPUT = """
            Redmine peer @ http://127.0.0.1:3000   projects before/after: 1/501   time-entry pages: 100 rows of 100 per project
            step                                                     n   wall s    per s   p50 ms   p95 ms   p99 ms
            ---------------------------------------------------------------------------------------------------------
            a POST /projects.json                                  500    11.68     42.8    21.90    30.12    45.00
            b GET /projects.json?limit=100                         100     5.00     20.0    48.00    60.00    75.00
            c POST /time_entries.json                             1000    10.30     97.1     9.90    14.00    20.00
            d GET /time_entries.json?project_id=X&limit=100        100     3.00     33.3    29.00    35.00    40.00
            b' wrk -c8 10s /projects.json?limit=100                712    10.00     71.0   110.20(p90 150.3)   180.00   non-2xx=0
            mem_before             redmine: 3 procs RSS 300 MB PSS 200 MB
            """;
    private static final String HUB_OUTPUT = """
            warm-up: 1200 rounds of the four shapes in 60 s (untimed)
            step                                              n  wall s   per s  p50 ms  p95 ms  p99 ms
            a POST /projects                                500    2.41   207.3    3.50    6.10    9.80
            b GET /projects?size=100                        100    0.60   166.0    5.00    9.00   12.00
            c POST /time-entries                           1000    2.21   453.0    1.70    3.00   16.00
            d GET /time-entries?projectId=X&size=100        100    0.50   200.0    4.00    6.00    8.00
            b' wrk -c8 10s /projects?size=100: 50%    3.90ms | 99%   12.50ms | Requests/sec:   1812.34
            """;

    @TempDir
    Path folder;

    @AfterEach
    void forgetTools() {
        System.clearProperty(RedminePeer.TOOLS_PROPERTY);
    }

    @Test
    void readsEveryShapeFromRedminesTableAndTheHubs() {
        PeerRun redmine = PeerRun.parse(REDMINE_OUTPUT);
        PeerRun hub = PeerRun.parse(HUB_OUTPUT);

        assertThat(redmine.results()).containsOnlyKeys(Shape.values());
        assertThat(redmine.of(Shape.CREATE_PROJECT)).contains(new Result(42.8, 21.9, 45.0));
        assertThat(redmine.of(Shape.LIST_PROJECTS_8_CONNECTIONS)).contains(new Result(71.0, 110.2, 180.0));
        assertThat(hub.of(Shape.CREATE_TIME_ENTRY)).contains(new Result(453.0, 1.7, 16.0));
        assertThat(hub.of(Shape.LIST_PROJECTS_8_CONNECTIONS)).contains(new Result(1812.34, 3.9, 12.5));
    }

    @Test
    void aRunCutShortHasOnlyTheShapesItGotTo() {
        PeerRun run = PeerRun.parse("""
                a POST /projects                                500    2.41   207.3    3.50    6.10    9.80
                Traceback (most recent call last):
                FileNotFoundError: [Errno 2] No such file or directory: 'wrk'
                """);

        assertThat(run.results()).containsOnlyKeys(Shape.CREATE_PROJECT);
    }

    @Test
    void printsTheFiguresSideBySideWithTheTargetsMetOrMissed() {
        PeerRun hubCold = new PeerRun(Map.of(Shape.CREATE_PROJECT, new Result(45, 21, 40)));
        String report = new PeerReport(PeerRun.parse(REDMINE_OUTPUT), PeerRun.parse(REDMINE_OUTPUT), hubCold,
                PeerRun.parse(HUB_OUTPUT)).render();

        assertThat(report).containsPattern("create a project, one at a time\\s+per s\\s+42\\.80\\s+42\\.80\\s+45\\.00\\s+207\\.30\\s+4\\.8×")
                .containsPattern("p50 ms\\s+21\\.90\\s+21\\.90\\s+21\\.00\\s+3\\.50\\s+6\\.3×")
                .containsPattern("create a project, one at a time: p50 ≤ 3 ms\\s+3\\.50 ms\\s+MISSED")
                .containsPattern("create a time entry, one at a time: p50 ≤ 3 ms\\s+1\\.70 ms\\s+met")
                .containsPattern("create a time entry, one at a time: p99 ≤ 15 ms\\s+16\\.00 ms\\s+MISSED")
                .containsPattern("create a project, one at a time: ≥ 5× Redmine's rate\\s+4\\.8×\\s+MISSED")
                .containsPattern("8 connections \\(wrk\\): ≥ 20× Redmine's rate\\s+25\\.5×\\s+met")
                .containsPattern("list 100 projects, one connection: p99 ≤ 30 ms\\s+12\\.00 ms\\s+met")
                .containsPattern("create a project, one at a time: Hub cold p50 ÷ warm p50\\s+6\\.0×")
                .containsPattern("create a time entry, one at a time: Hub cold p50 ÷ warm p50\\s+not measured");
    }

    @Test
    void sendsBothSystemsTheSameCountsAndTheHubItsWarmUp() {
        RedminePeer peer = new RedminePeer(Path.of("/tools"), folder, new RedminePeer.Counts(200, 50, 400, 10));

        assertThat(peer.redmineCommand()).containsExactly("/tools/measure", "--projects", "200", "--gets", "50",
                "--entries", "400", "--te-projects", "10");
        assertThat(peer.hubCommand(URI.create("http://localhost:18080/"), "key", 0)).containsExactly("/tools/hub-measure",
                "--url", "http://localhost:18080", "--admin-key", "key", "--projects", "200", "--gets", "50", "--entries",
                "400", "--te-projects", "10", "--warmup-seconds", "0");
    }

    @Test
    void findsTheScriptsBesideAFolderTheCheckoutIsInAndSaysHowToInstallRedmine() throws IOException {
        Path tools = folder.resolve("shared/tools/redmine-peer");
        Files.createDirectories(tools);
        for (String script : new String[] { "measure", "hub-measure" }) {
            Files.writeString(tools.resolve(script), "#!/bin/sh\n");
            Files.setPosixFilePermissions(tools.resolve(script), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path checkout = Files.createDirectories(folder.resolve("wt/engineer"));

        assertThat(RedminePeer.findTools(checkout)).contains(tools);
        RedminePeer peer = new RedminePeer(tools, folder.resolve("no-redmine-here"), RedminePeer.Counts.fromProperties());
        assertThat(peer.missingSteps()).singleElement().asString().startsWith("as root: " + tools.resolve("setup"));
    }

    @Test
    void findsNothingWhereTheNamedFolderHasNoScripts() {
        System.setProperty(RedminePeer.TOOLS_PROPERTY, folder.toString());

        assertThat(RedminePeer.findTools(folder)).isEmpty();
    }
}
