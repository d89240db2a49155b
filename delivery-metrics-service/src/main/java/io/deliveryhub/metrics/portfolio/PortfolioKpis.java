package io.deliveryhub.metrics.portfolio;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PortfolioKpis", description = "Delivery KPIs of the whole portfolio, from the events received so far",
        example = """
                {"projects":{"total":12,"byStatus":{"PROPOSED":2,"PLANNING":1,"ACTIVE":6,"ON_HOLD":1,"COMPLETED":1,"CLOSED":1,"CANCELLED":0}}}""")
public record PortfolioKpis(ProjectCounts projects) {
}
