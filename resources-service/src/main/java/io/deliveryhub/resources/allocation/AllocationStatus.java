package io.deliveryhub.resources.allocation;

/** RELEASED allocations stay readable for history but no longer book anyone. */
public enum AllocationStatus {
    ACTIVE, RELEASED
}
