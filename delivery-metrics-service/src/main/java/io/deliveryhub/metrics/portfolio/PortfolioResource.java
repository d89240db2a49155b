package io.deliveryhub.metrics.portfolio;

import static io.deliveryhub.platform.security.Roles.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/metrics/portfolio")
@Tag(name = "Portfolio KPIs")
public class PortfolioResource {

    private final PortfolioService portfolio;

    public PortfolioResource(PortfolioService portfolio) {
        this.portfolio = portfolio;
    }

    @GET
    @Operation(summary = "Delivery KPIs of the whole portfolio",
            description = "Computed from the project events received so far, so a change made a moment ago may not show yet.")
    @RolesAllowed({ HEAD_OF_DELIVERY, DELIVERY_MANAGER, PROJECT_MANAGER, DELIVERY_LEAD, TEAM_MEMBER, ADMIN })
    public PortfolioKpis get() {
        return portfolio.kpis();
    }
}
