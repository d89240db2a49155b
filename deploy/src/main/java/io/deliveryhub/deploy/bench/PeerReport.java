package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.bench.PeerRun.Result;
import io.deliveryhub.deploy.bench.PeerRun.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoublePredicate;
import java.util.function.ToDoubleFunction;

/**
 * The peer comparison side by side: every request shape's rate, p50 and p99 for Redmine and the Hub, cold and warm, how
 * many times faster the warm Hub is, and issue 22's targets with whether this sitting met them.
 */
record PeerReport(PeerRun redmineCold, PeerRun redmineWarm, PeerRun hubCold, PeerRun hubWarm) {

    static final double WRITE_P50_MILLIS = 3;
    static final double WRITE_P99_MILLIS = 15;
    static final double WRITE_RATE_TIMES_REDMINE = 5;
    static final double LIST_RATE_TIMES_REDMINE = 20;
    static final double LIST_P99_MILLIS = 30;

    private enum Figure {
        RATE("per s", Result::perSecond, true),
        P50("p50 ms", Result::p50Millis, false),
        P99("p99 ms", Result::p99Millis, false);

        private final String label;
        private final ToDoubleFunction<Result> value;
        private final boolean higherIsBetter;

        Figure(String label, ToDoubleFunction<Result> value, boolean higherIsBetter) {
            this.label = label;
            this.value = value;
            this.higherIsBetter = higherIsBetter;
        }
    }

    String render() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  %-42s %-7s %13s %13s %13s %13s %17s", "request shape", "figure",
                "Redmine cold", "Redmine warm", "Hub cold", "Hub warm", "Hub ÷ Redmine"));
        for (Shape shape : Shape.values()) {
            for (Figure figure : Figure.values()) {
                lines.add(String.format(Locale.ROOT, "  %-42s %-7s %13s %13s %13s %13s %17s",
                        figure == Figure.RATE ? shape.description() : "", figure.label, cell(redmineCold, shape, figure),
                        cell(redmineWarm, shape, figure), cell(hubCold, shape, figure), cell(hubWarm, shape, figure),
                        times(timesFaster(shape, figure))));
            }
        }
        lines.add("  Issue 22's targets, from the warm runs (the \"Hub ÷ Redmine\" column: how many times faster):");
        for (Shape write : List.of(Shape.CREATE_PROJECT, Shape.CREATE_TIME_ENTRY)) {
            lines.add(target(write.description() + ": p50 ≤ 3 ms", value(hubWarm, write, Figure.P50),
                    value -> value <= WRITE_P50_MILLIS));
            lines.add(target(write.description() + ": p99 ≤ 15 ms", value(hubWarm, write, Figure.P99),
                    value -> value <= WRITE_P99_MILLIS));
            lines.add(target(write.description() + ": ≥ 5× Redmine's rate", timesFaster(write, Figure.RATE).map(PeerReport::times),
                    timesFaster(write, Figure.RATE), value -> value >= WRITE_RATE_TIMES_REDMINE));
        }
        lines.add(target(Shape.LIST_PROJECTS_8_CONNECTIONS.description() + ": ≥ 20× Redmine's rate",
                timesFaster(Shape.LIST_PROJECTS_8_CONNECTIONS, Figure.RATE).map(PeerReport::times),
                timesFaster(Shape.LIST_PROJECTS_8_CONNECTIONS, Figure.RATE), value -> value >= LIST_RATE_TIMES_REDMINE));
        lines.add(target(Shape.LIST_PROJECTS.description() + ": p99 ≤ 30 ms", value(hubWarm, Shape.LIST_PROJECTS, Figure.P99),
                value -> value <= LIST_P99_MILLIS));
        for (Shape write : List.of(Shape.CREATE_PROJECT, Shape.CREATE_TIME_ENTRY)) {
            lines.add(String.format(Locale.ROOT, "    %-62s %s", write.description() + ": Hub cold p50 ÷ warm p50",
                    ratio(value(hubCold, write, Figure.P50), value(hubWarm, write, Figure.P50)).map(PeerReport::times)
                            .orElse("not measured")));
        }
        return String.join(System.lineSeparator(), lines);
    }

    /** How many times the warm Hub beats warm Redmine: rates divided, times the other way round. */
    private Optional<Double> timesFaster(Shape shape, Figure figure) {
        Optional<Double> hub = value(hubWarm, shape, figure);
        Optional<Double> redmine = value(redmineWarm, shape, figure);
        return figure.higherIsBetter ? ratio(hub, redmine) : ratio(redmine, hub);
    }

    private static String target(String what, Optional<Double> millis, DoublePredicate met) {
        return target(what, millis.map(value -> String.format(Locale.ROOT, "%.2f ms", value)), millis, met);
    }

    private static String target(String what, Optional<String> shown, Optional<Double> value,
            DoublePredicate met) {
        String verdict = value.map(measured -> met.test(measured) ? "met" : "MISSED").orElse("not measured");
        return String.format(Locale.ROOT, "    %-62s %-10s %s", what, shown.orElse(""), verdict);
    }

    private static Optional<Double> value(PeerRun run, Shape shape, Figure figure) {
        return run.of(shape).map(result -> figure.value.applyAsDouble(result));
    }

    private static Optional<Double> ratio(Optional<Double> numerator, Optional<Double> denominator) {
        return numerator.flatMap(top -> denominator.filter(bottom -> bottom > 0).map(bottom -> top / bottom));
    }

    private static String cell(PeerRun run, Shape shape, Figure figure) {
        return value(run, shape, figure).map(value -> String.format(Locale.ROOT, "%.2f", value)).orElse("-");
    }

    private static String times(Optional<Double> ratio) {
        return ratio.map(PeerReport::times).orElse("-");
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.1f×", ratio);
    }
}
