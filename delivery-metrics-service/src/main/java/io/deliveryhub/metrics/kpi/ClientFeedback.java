package io.deliveryhub.metrics.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Client satisfaction as of a day, from the feedback received on or before it (docs/kpis.md#client-feedback):
 * CSAT = mean score (1–5); NPS = % of responses 9–10 − % of responses 0–6 (−100…100). Both 3 decimals,
 * {@code null} without responses. A score outside its scale is not a response and is left out.
 */
public record ClientFeedback(BigDecimal csat, BigDecimal nps, int csatResponses, int npsResponses) {

    /** One piece of feedback; either score may be absent. */
    public record Response(LocalDate receivedOn, Integer csat, Integer nps) {
    }

    public static ClientFeedback asOf(LocalDate day, List<Response> responses) {
        List<Response> received = responses.stream()
                .filter(response -> response.receivedOn() == null || !response.receivedOn().isAfter(day))
                .toList();
        List<Integer> csat = received.stream().map(Response::csat)
                .filter(score -> score != null && score >= 1 && score <= 5).toList();
        List<Integer> nps = received.stream().map(Response::nps)
                .filter(score -> score != null && score >= 0 && score <= 10).toList();
        BigDecimal mean = Decimals.divide(BigDecimal.valueOf(csat.stream().mapToInt(Integer::intValue).sum()),
                BigDecimal.valueOf(csat.size()));
        long promoters = nps.stream().filter(score -> score >= 9).count();
        long detractors = nps.stream().filter(score -> score <= 6).count();
        BigDecimal netPromoter = Decimals.divide(BigDecimal.valueOf(100 * (promoters - detractors)),
                BigDecimal.valueOf(nps.size()));
        return new ClientFeedback(Decimals.ratio(mean), Decimals.ratio(netPromoter), csat.size(), nps.size());
    }
}
