package io.deliveryhub.metrics.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One rebuild as it runs: written by the rebuilding thread, read by whoever asks how far it has gone. */
final class Rebuild {

    private static final int REPLAYED = 0;
    private static final int SKIPPED = 1;
    private static final int TOTAL = 2;

    private final UUID id = UUID.randomUUID();
    private final Instant startedAt;
    /** Per topic: replayed, skipped, total. */
    private final Map<String, long[]> topics = new LinkedHashMap<>();
    private RebuildStatus status = RebuildStatus.RUNNING;
    private Instant finishedAt;
    private String failure;

    Rebuild(Instant startedAt) {
        this.startedAt = startedAt;
    }

    UUID id() {
        return id;
    }

    synchronized boolean running() {
        return status == RebuildStatus.RUNNING;
    }

    synchronized void toReplay(String topic, long total) {
        topics.put(topic, new long[] { 0, 0, total });
    }

    synchronized void replayed(String topic, int records) {
        topics.get(topic)[REPLAYED] += records;
    }

    synchronized void skipped(String topic) {
        topics.get(topic)[SKIPPED]++;
    }

    synchronized void completed(Instant at) {
        status = RebuildStatus.COMPLETED;
        finishedAt = at;
    }

    synchronized void failed(Instant at, String reason) {
        status = RebuildStatus.FAILED;
        finishedAt = at;
        failure = reason;
    }

    synchronized RebuildView view() {
        List<RebuildView.TopicProgress> progress = new ArrayList<>();
        topics.forEach((topic, counts) -> progress.add(
                new RebuildView.TopicProgress(topic, counts[REPLAYED], counts[SKIPPED], counts[TOTAL])));
        return new RebuildView(id, status, startedAt, finishedAt, failure, progress);
    }
}
