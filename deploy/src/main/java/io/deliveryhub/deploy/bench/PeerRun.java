package io.deliveryhub.deploy.bench;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of a peer measuring script ({@code measure} for Redmine, {@code hub-measure} for the Hub), read from the
 * table it prints: each request shape's rate, p50 and p99. A shape the run did not get to is absent.
 */
record PeerRun(Map<Shape, Result> results) {

    /** The request shapes both scripts send, by the letter their tables name them with. */
    enum Shape {
        CREATE_PROJECT("a", "create a project, one at a time"),
        LIST_PROJECTS("b", "list 100 projects, one connection"),
        CREATE_TIME_ENTRY("c", "create a time entry, one at a time"),
        LIST_TIME_ENTRIES("d", "list a project's time entries"),
        LIST_PROJECTS_8_CONNECTIONS("b'", "list 100 projects, 8 connections (wrk)");

        private final String letter;
        private final String description;

        Shape(String letter, String description) {
            this.letter = letter;
            this.description = description;
        }

        String description() {
            return description;
        }

        static Optional<Shape> lettered(String letter) {
            for (Shape shape : values()) {
                if (shape.letter.equals(letter)) {
                    return Optional.of(shape);
                }
            }
            return Optional.empty();
        }
    }

    record Result(double perSecond, double p50Millis, double p99Millis) {
    }

    /** A sequential step's row, both scripts alike: step, n, wall s, per s, p50, p95, p99 ms. */
    private static final Pattern STEP = Pattern.compile(
            "^([a-d]) \\S.*?\\s+\\d+\\s+[\\d.]+\\s+([\\d.]+)\\s+([\\d.]+)\\s+[\\d.]+\\s+([\\d.]+)\\s*$");
    /** Redmine's wrk row: step, n, seconds, per s, p50, (p90 x), p99 ms. */
    private static final Pattern REDMINE_WRK = Pattern.compile(
            "^b' wrk .*?\\s+\\d+\\s+[\\d.]+\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\(p90 [^)]*\\)\\s+([\\d.]+).*$");
    /** The Hub's wrk line: wrk's own lines joined, in wrk's order, latencies with their units. */
    private static final Pattern HUB_WRK_RATE = Pattern.compile("^b' wrk .*Requests/sec:\\s*([\\d.]+)");
    private static final Pattern HUB_WRK_P50 = Pattern.compile("50%\\s*([\\d.]+)(us|ms|s)\\b");
    private static final Pattern HUB_WRK_P99 = Pattern.compile("99%\\s*([\\d.]+)(us|ms|s)\\b");

    static PeerRun parse(String output) {
        Map<Shape, Result> results = new EnumMap<>(Shape.class);
        for (String line : output.split("\\R")) {
            String row = line.strip();
            Matcher step = STEP.matcher(row);
            Matcher redmineWrk = REDMINE_WRK.matcher(row);
            Matcher hubWrk = HUB_WRK_RATE.matcher(row);
            if (step.matches()) {
                Shape.lettered(step.group(1)).ifPresent(shape -> results.put(shape,
                        new Result(number(step.group(2)), number(step.group(3)), number(step.group(4)))));
            } else if (hubWrk.find()) {
                results.put(Shape.LIST_PROJECTS_8_CONNECTIONS, new Result(number(hubWrk.group(1)),
                        latency(HUB_WRK_P50, row), latency(HUB_WRK_P99, row)));
            } else if (redmineWrk.matches()) {
                results.put(Shape.LIST_PROJECTS_8_CONNECTIONS, new Result(number(redmineWrk.group(1)),
                        number(redmineWrk.group(2)), number(redmineWrk.group(3))));
            }
        }
        return new PeerRun(Map.copyOf(results));
    }

    Optional<Result> of(Shape shape) {
        return Optional.ofNullable(results.get(shape));
    }

    private static double number(String text) {
        return Double.parseDouble(text);
    }

    /** A wrk percentile in milliseconds, NaN when wrk did not print it. */
    private static double latency(Pattern percentile, String row) {
        Matcher matcher = percentile.matcher(row);
        if (!matcher.find()) {
            return Double.NaN;
        }
        double value = number(matcher.group(1));
        return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
