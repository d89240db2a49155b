package io.deliveryhub.projects.milestone;

import static io.deliveryhub.projects.milestone.ReviewStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.Conflict;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DeliverableReviewTest {

    @ParameterizedTest
    @CsvSource({ "DRAFT,IN_REVIEW", "IN_REVIEW,ACCEPTED", "IN_REVIEW,REJECTED", "IN_REVIEW,DRAFT",
            "REJECTED,IN_REVIEW", "REJECTED,DRAFT" })
    void allowsTheReviewCycle(ReviewStatus from, ReviewStatus to) {
        assertThatCode(() -> DeliverableReview.require(from, to, "why")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(ReviewStatus.class)
    void refusesEveryOtherMove(ReviewStatus from) {
        Set<ReviewStatus> refused = EnumSet.allOf(ReviewStatus.class);
        refused.removeAll(DeliverableReview.allowedFrom(from));
        for (ReviewStatus to : refused) {
            assertThatThrownBy(() -> DeliverableReview.require(from, to, "why")).isInstanceOf(Conflict.class)
                    .hasMessageContaining(from.name());
        }
    }

    @ParameterizedTest
    @EnumSource(ReviewStatus.class)
    void treatsAcceptanceAsFinal(ReviewStatus to) {
        assertThat(DeliverableReview.allowedFrom(ACCEPTED)).isEmpty();
        assertThatThrownBy(() -> DeliverableReview.require(ACCEPTED, to, null)).hasMessageContaining("final");
    }

    @ParameterizedTest
    @CsvSource(value = { "NULL", "'  '" }, nullValues = "NULL")
    void requiresNotesToReject(String notes) {
        assertThatThrownBy(() -> DeliverableReview.require(IN_REVIEW, REJECTED, notes)).isInstanceOf(BadRequest.class)
                .hasMessageContaining("notes");
    }
}
