package io.deliveryhub.projects.exchangerate;

import static io.deliveryhub.platform.security.Roles.*;

import io.deliveryhub.platform.security.Actor;
import io.deliveryhub.platform.web.ETags;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.QueryParams;
import io.deliveryhub.platform.web.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/exchange-rates")
@Tag(name = "Exchange rates")
public class ExchangeRateResource {

    private final ExchangeRateService rates;
    private final Actor actor;

    public ExchangeRateResource(ExchangeRateService rates, Actor actor) {
        this.rates = rates;
        this.actor = actor;
    }

    /** The body of a bulk write's answer: the rates as written, in the order given. */
    @Schema(name = "ExchangeRatesWritten")
    public record Written(List<ExchangeRateView> rates) {
    }

    @PUT
    @Path("{currency}/{effectiveFrom}")
    @Operation(summary = "Set the rate of a currency from a date on (ADMIN)", description = """
            One unit of the currency is worth rateToBase units of the base currency from effectiveFrom until the \
            currency's next rate. Setting the same currency and date again replaces the rate (version + 1); the \
            same value again changes nothing. The base currency always converts at 1 and takes no rate (422 \
            base-currency). Each change publishes deliveryhub.exchange-rate.set.v1.""")
    @APIResponse(responseCode = "201", description = "A new rate; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExchangeRateView.class)))
    @APIResponse(responseCode = "200", description = "The rate of that currency and date, replaced (or unchanged)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExchangeRateView.class)))
    @APIResponse(responseCode = "422", description = "base-currency: the base currency takes no rate",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "base-currency",
                    value = "{\"type\":\"https://deliveryhub.io/problems/base-currency\",\"title\":\"Unprocessable content\","
                            + "\"status\":422,\"detail\":\"EUR is the base currency: it always converts at 1 and takes no rate\"}")))
    @RolesAllowed(ADMIN)
    public Response set(@PathParam("currency") @Parameter(example = "USD") String currency,
            @PathParam("effectiveFrom") @Parameter(example = "2026-01-01") LocalDate effectiveFrom,
            @Valid @NotNull SetExchangeRateRequest request, UriInfo uri) {
        ExchangeRateService.Written written = rates.set(currency, effectiveFrom, request.rateToBase(), actor.name());
        Response.ResponseBuilder response = written.created()
                ? Response.created(uri.getAbsolutePath())
                : Response.ok();
        return response.tag(ETags.of(written.rate().version())).entity(written.rate()).build();
    }

    @POST
    @Path("bulk")
    @Operation(summary = "Set up to 1,000 rates in one transaction (ADMIN)", description = """
            All or nothing: when any item is invalid (currency not an ISO 4217 code or the base currency, no \
            effectiveFrom, rateToBase not greater than 0 or with more than 10 fraction digits, the same currency and \
            date twice) the answer is 422 invalid-exchange-rates listing every bad item (index, field, message) and \
            nothing is written. Each item is written as PUT would write it.""")
    @APIResponse(responseCode = "200", description = "Every rate, as written, in the order given",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Written.class)))
    @APIResponse(responseCode = "422", description = "invalid-exchange-rates: the items that cannot be written",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid-items",
                    value = "{\"type\":\"https://deliveryhub.io/problems/invalid-exchange-rates\",\"title\":\"Unprocessable content\","
                            + "\"status\":422,\"detail\":\"1 problem(s) in 2 rates; nothing was written, correct the items listed\","
                            + "\"items\":[{\"index\":1,\"field\":\"rateToBase\",\"message\":\"must be greater than 0\"}]}")))
    @RolesAllowed(ADMIN)
    public Written setAll(@Valid @NotNull BulkExchangeRatesRequest request) {
        return new Written(rates.setAll(request.rates(), actor.name()));
    }

    @GET
    @Operation(summary = "The exchange rates, or those in force on a date", description = """
            With asOf, one rate per currency: the latest effective on or before that date. The base currency is \
            not listed: it always converts at 1.""")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public ResultPage<ExchangeRateView> list(@Valid @BeanParam PageRequest page,
            @QueryParam("currency") @Parameter(example = "USD") String currency,
            @QueryParam("asOf") @Parameter(description = "YYYY-MM-DD", example = "2026-03-31") String asOf) {
        return rates.list(QueryParams.text(currency), QueryParams.date("asOf", asOf), page);
    }
}
