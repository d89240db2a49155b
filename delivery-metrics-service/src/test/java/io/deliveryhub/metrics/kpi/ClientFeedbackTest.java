package io.deliveryhub.metrics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.metrics.kpi.ClientFeedback.Response;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientFeedbackTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 30);

    @Test
    void averagesSatisfactionScores() {
        ClientFeedback feedback = ClientFeedback.asOf(D, List.of(csat(5), csat(4), csat(4)));

        assertThat(feedback.csat()).isEqualTo("4.333");
        assertThat(feedback.csatResponses()).isEqualTo(3);
        assertThat(feedback.nps()).isNull();
    }

    @Test
    void subtractsDetractorsFromPromoters() {
        // 2 promoters (9, 10), 1 passive (7, 8 are passive), 1 detractor (6) of 5: 40 − 20 = 20.
        ClientFeedback feedback = ClientFeedback.asOf(D, List.of(nps(9), nps(10), nps(7), nps(8), nps(6)));

        assertThat(feedback.nps()).isEqualTo("20.000");
        assertThat(feedback.npsResponses()).isEqualTo(5);
    }

    @Test
    void reachesBothEndsOfTheScale() {
        assertThat(ClientFeedback.asOf(D, List.of(nps(0), nps(6))).nps()).isEqualTo("-100.000");
        assertThat(ClientFeedback.asOf(D, List.of(nps(9), nps(10))).nps()).isEqualTo("100.000");
        assertThat(ClientFeedback.asOf(D, List.of(nps(7), nps(8))).nps()).isEqualTo("0.000");
    }

    @Test
    void keepsThreeDecimals() {
        assertThat(ClientFeedback.asOf(D, List.of(nps(10), nps(8), nps(8))).nps()).isEqualTo("33.333");
    }

    @Test
    void countsOnlyFeedbackReceivedByTheDay() {
        List<Response> responses = List.of(new Response(D, 2, 3), new Response(D.plusDays(1), 5, 10));

        ClientFeedback feedback = ClientFeedback.asOf(D, responses);

        assertThat(feedback.csat()).isEqualTo("2.000");
        assertThat(feedback.nps()).isEqualTo("-100.000");
    }

    @Test
    void hasNoScoresWithoutFeedback() {
        assertThat(ClientFeedback.asOf(D, List.of())).isEqualTo(new ClientFeedback(null, null, 0, 0));
    }

    @Test
    void leavesOutScoresOffTheirScale() {
        ClientFeedback feedback = ClientFeedback.asOf(D, List.of(new Response(D, 0, 11), new Response(D, 6, -1),
                csat(3)));

        assertThat(feedback.csat()).isEqualTo("3.000");
        assertThat(feedback.nps()).isNull();
    }

    private static Response csat(int score) {
        return new Response(D.minusDays(1), score, null);
    }

    private static Response nps(int score) {
        return new Response(D.minusDays(1), null, score);
    }
}
