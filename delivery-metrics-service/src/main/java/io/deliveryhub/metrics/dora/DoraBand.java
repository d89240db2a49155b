package io.deliveryhub.metrics.dora;

/** DORA performance bands, best first. */
public enum DoraBand {
    ELITE, HIGH, MEDIUM, LOW;

    /** As the API writes it: {@code elite|high|medium|low}. */
    public String label() {
        return name().toLowerCase();
    }
}
