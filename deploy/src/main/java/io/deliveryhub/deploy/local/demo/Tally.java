package io.deliveryhub.deploy.local.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What one stage did, per kind of record: how many it created and how many it found already there. */
public final class Tally {

    private final Map<String, int[]> counts = new LinkedHashMap<>();

    synchronized void created(String what) {
        add(what, 1, 0);
    }

    synchronized void existing(String what) {
        add(what, 0, 1);
    }

    synchronized void add(String what, int created, int existing) {
        int[] count = counts.computeIfAbsent(what, w -> new int[2]);
        count[0] += created;
        count[1] += existing;
    }

    /** Records created, over every kind. */
    public synchronized int created() {
        return counts.values().stream().mapToInt(count -> count[0]).sum();
    }

    /** Records found from an earlier run, over every kind. */
    public synchronized int existing() {
        return counts.values().stream().mapToInt(count -> count[1]).sum();
    }

    /** Records of this kind created. */
    public synchronized int createdOf(String what) {
        return counts.getOrDefault(what, new int[2])[0];
    }

    @Override
    public synchronized String toString() {
        if (counts.isEmpty()) {
            return "nothing to do";
        }
        return counts.entrySet().stream().map(entry -> {
            int created = entry.getValue()[0];
            int existing = entry.getValue()[1];
            return entry.getKey() + (created == 0 ? ": " + existing + " there" : " " + created
                    + (existing > 0 ? " (+" + existing + " there)" : ""));
        }).collect(Collectors.joining(", "));
    }
}
