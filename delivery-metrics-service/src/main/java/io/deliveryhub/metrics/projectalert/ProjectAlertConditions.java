package io.deliveryhub.metrics.projectalert;

import java.math.BigDecimal;

/**
 * When a project's KPIs call for an alert. The KPIs are compared as the project KPIs endpoint shows them (ratios
 * rounded to 3 decimals), so an alert never disagrees with what the user sees there. An unknown figure (no budget,
 * no cost booked, no progress reported) raises nothing: the rule cannot tell, and the health says so already.
 */
public final class ProjectAlertConditions {

    public static final String RED = "RED";

    private ProjectAlertConditions() {
    }

    /** The latest status report's overall RAG is RED. */
    public static boolean isRed(String rag) {
        return RED.equals(rag);
    }

    /** A performance index (CPI, SPI) strictly below the threshold. */
    public static boolean isBelow(BigDecimal index, BigDecimal threshold) {
        return index != null && index.compareTo(threshold) < 0;
    }

    /** Budget burnt (AC/BAC) at or above its threshold while the work done is still below the progress threshold. */
    public static boolean burnsAheadOfProgress(BigDecimal burn, BigDecimal percentComplete, BigDecimal burnThreshold,
            BigDecimal progressThreshold) {
        return burn != null && percentComplete != null && burn.compareTo(burnThreshold) >= 0
                && percentComplete.compareTo(progressThreshold) < 0;
    }
}
