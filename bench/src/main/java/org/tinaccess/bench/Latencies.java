package org.tinaccess.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times of one kind of request, in milliseconds, and their percentiles. */
final class Latencies {

    private final String name;
    private final List<Double> millis = new ArrayList<>();

    Latencies(String name) {
        this.name = name;
    }

    void add(long nanos) {
        millis.add(nanos / 1_000_000.0);
    }

    String name() {
        return name;
    }

    /** Nearest-rank percentile. */
    double percentile(double p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    int count() {
        return millis.size();
    }
}
