package io.deliveryhub.projects.raid;

/**
 * Probability × impact (each 1–5) gives a score 1–25. A live RISK scoring {@value #ESCALATION_THRESHOLD} or
 * more is a delivery manager's business: it is raised to DELIVERY_MANAGER automatically, never lowered
 * below a level someone chose explicitly.
 */
public final class RaidScoring {

    public static final int ESCALATION_THRESHOLD = 15;

    private RaidScoring() {
    }

    public static int score(int probability, int impact) {
        requireScale("probability", probability);
        requireScale("impact", impact);
        return probability * impact;
    }

    /** The level the item must have, given the level asked for (or held). */
    public static EscalationLevel escalation(RaidType type, RaidStatus status, int score, EscalationLevel requested) {
        if (type == RaidType.RISK && status.isLive() && score >= ESCALATION_THRESHOLD
                && requested.compareTo(EscalationLevel.DELIVERY_MANAGER) < 0) {
            return EscalationLevel.DELIVERY_MANAGER;
        }
        return requested;
    }

    private static void requireScale(String name, int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException(name + " must be 1-5, was " + value);
        }
    }
}
