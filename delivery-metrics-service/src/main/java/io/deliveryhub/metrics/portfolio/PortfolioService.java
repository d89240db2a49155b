package io.deliveryhub.metrics.portfolio;

import io.deliveryhub.metrics.project.Project;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PortfolioService {

    public PortfolioKpis kpis() {
        return new PortfolioKpis(ProjectCounts.of(Project.countByStatus()));
    }
}
