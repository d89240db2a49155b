package io.deliveryhub.projects.changerequest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeRequestStatusTest {

    @Test
    void aSubmittedRequestCanBeDecidedEitherWayOnce() {
        for (ChangeRequestStatus from : ChangeRequestStatus.values()) {
            for (ChangeRequestStatus to : ChangeRequestStatus.values()) {
                assertThat(from.canBecome(to)).as(from + " → " + to)
                        .isEqualTo(from == ChangeRequestStatus.SUBMITTED && to != ChangeRequestStatus.SUBMITTED);
            }
        }
    }

    @Test
    void approvingAndRejectingAreDeliveryManagementDecisions() {
        assertThat(ChangeRequestStatus.APPROVED.needsDeliveryManagement()).isTrue();
        assertThat(ChangeRequestStatus.REJECTED.needsDeliveryManagement()).isTrue();
        assertThat(ChangeRequestStatus.WITHDRAWN.needsDeliveryManagement()).isFalse();
        assertThat(ChangeRequestStatus.SUBMITTED.needsDeliveryManagement()).isFalse();
    }
}
