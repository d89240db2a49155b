package io.deliveryhub.metrics.dora;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/metrics/dora")
@Tag(name = "DORA metrics")
public class DoraResource {

    /** The default window: the 90 days up to and including {@code to}. */
    static final int DEFAULT_WINDOW_DAYS = 90;
    /** Two years: enough to compare a year with the one before, and a bound on what one request reads. */
    static final int MAX_WINDOW_DAYS = 731;

    private final DoraService dora;
    private final Clock clock;

    public DoraResource(DoraService dora, Clock clock) {
        this.dora = dora;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "DORA four keys with performance bands",
            description = """
                    Deployment frequency, lead time for changes, change failure rate and failed-deployment recovery \
                    time over [from, to] (dates inclusive, UTC), from the deployments and incidents posted by the \
                    pipelines, counting production environments only (configurable, case-insensitive). Per project \
                    (projectId) or for the whole portfolio, optionally for one service. Bands (elite|high|medium|low): \
                    deployment frequency elite when the median deployment days per week ≥ 5, high ≥ 1, medium when \
                    the median deployment days per 28 days ≥ 1, else low; lead time < 24 h elite, < 7 days high, \
                    < 30 days medium, else low; change failure rate ≤ 5 % elite, ≤ 10 % high, ≤ 15 % medium, else \
                    low; recovery time < 1 h elite, < 24 h high, < 7 days medium, else low. A metric without data is \
                    null with band null. The window spans at most 731 days (two years); a longer one is a 400.""")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public DoraMetrics get(
            @QueryParam("projectId") @Parameter(description = "one project; absent for the portfolio",
                    schema = @Schema(implementation = UUID.class)) String projectId,
            @QueryParam("service") @Parameter(description = "one service; absent for all") String service,
            @QueryParam("from") @Parameter(description = "first day, inclusive; default `to` − 89 days",
                    schema = @Schema(implementation = LocalDate.class)) String from,
            @QueryParam("to") @Parameter(description = "last day, inclusive; default today",
                    schema = @Schema(implementation = LocalDate.class)) String to) {
        UUID project = QueryParams.uuid("projectId", projectId);
        String serviceName = QueryParams.text(service);
        LocalDate toDay = QueryParams.date("to", to);
        LocalDate fromDay = QueryParams.date("from", from);
        if (toDay == null) {
            toDay = LocalDate.now(clock);
        }
        if (fromDay == null) {
            fromDay = toDay.minusDays(DEFAULT_WINDOW_DAYS - 1);
        }
        QueryParams.requireOrdered(fromDay, toDay);
        if (ChronoUnit.DAYS.between(fromDay, toDay) >= MAX_WINDOW_DAYS) {
            throw BadRequest.ofField("from", "the window may span at most " + MAX_WINDOW_DAYS + " days");
        }
        return DoraMetrics.of(project, serviceName, fromDay, toDay, dora.report(project, serviceName, fromDay, toDay));
    }
}
