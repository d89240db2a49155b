package io.deliveryhub.metrics.alert;

import java.time.LocalDate;
import java.util.List;

/**
 * One alert rule (RAG red, CPI below threshold, DORA change failure rate, ...). A rule only says which subjects
 * breach it on a day; the {@link AlertEngine} raises an alert for a new breach and resolves the alerts whose
 * subject no longer breaches, so a rule never tracks alerts itself. A new rule is a new bean.
 */
public interface AlertRule {

    /** The rule's stable name, as alerts and the {@code rule} filter carry it (e.g. DORA_CHANGE_FAILURE_RATE). */
    String name();

    /** Every subject breaching the rule on the day; a subject absent from the list is clear. */
    List<Breach> breachesOn(LocalDate day);
}
