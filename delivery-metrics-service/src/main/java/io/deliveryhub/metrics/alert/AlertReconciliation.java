package io.deliveryhub.metrics.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one evaluation of a rule changes: a breach without an active alert raises one; an active alert whose
 * subject no longer breaches resolves; an active alert still breached stays as it is (acknowledged or not),
 * so there is never more than one active alert per rule and subject.
 *
 * @param activeSubjects subjects of the rule's alerts that are not RESOLVED
 */
public record AlertReconciliation(List<Breach> toRaise, Set<UUID> toResolve) {

    public static AlertReconciliation of(Set<UUID> activeSubjects, List<Breach> breaches) {
        Map<UUID, Breach> breached = breaches.stream()
                .collect(Collectors.toMap(Breach::subjectId, Function.identity(), (first, second) -> first,
                        LinkedHashMap::new));
        List<Breach> raise = breached.values().stream()
                .filter(breach -> !activeSubjects.contains(breach.subjectId())).toList();
        Set<UUID> resolve = activeSubjects.stream().filter(subject -> !breached.containsKey(subject))
                .collect(Collectors.toSet());
        return new AlertReconciliation(raise, resolve);
    }
}
