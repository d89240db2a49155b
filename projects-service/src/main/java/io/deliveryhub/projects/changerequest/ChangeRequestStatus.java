package io.deliveryhub.projects.changerequest;

import java.util.Set;

/** A change request is decided once: SUBMITTED becomes APPROVED, REJECTED or WITHDRAWN, and stays so. */
public enum ChangeRequestStatus {
    SUBMITTED, APPROVED, REJECTED, WITHDRAWN;

    public boolean canBecome(ChangeRequestStatus next) {
        return this == SUBMITTED && next != SUBMITTED;
    }

    /** Approving or rejecting spends the client's money or refuses it: a delivery-management decision (docs/access.md). */
    public boolean needsDeliveryManagement() {
        return Set.of(APPROVED, REJECTED).contains(this);
    }
}
