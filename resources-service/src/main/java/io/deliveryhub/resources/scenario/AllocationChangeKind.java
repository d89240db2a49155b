package io.deliveryhub.resources.scenario;

/**
 * What a scenario does to one allocation. A copy of a live allocation is a CHANGE whose fields are still the live
 * ones: it changes nothing until edited, but apply still checks that the live allocation has not moved.
 */
public enum AllocationChangeKind {
    ADD, CHANGE, REMOVE
}
