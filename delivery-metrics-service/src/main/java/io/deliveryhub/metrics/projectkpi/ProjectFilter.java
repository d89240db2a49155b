package io.deliveryhub.metrics.projectkpi;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.query.CommonQueryContract;

/** Which projects a portfolio covers; a null criterion does not narrow it. */
public record ProjectFilter(UUID deliveryManagerId, UUID clientId, String practice) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null);

    /** Whether the filter names delivery managers or clients (the criteria that pick people through projects). */
    public boolean byAccount() {
        return deliveryManagerId != null || clientId != null;
    }

    /** Where a query's SQL puts the filter's condition on {@code project p}: {@link #sql} fills it in. */
    public static final String CONDITION = "{project filter}";

    /**
     * The query with the condition naming only the criteria set, with the parameters {@link #bind} sets. Each
     * combination is then planned for what it asks, because with one statement for all ("true where a parameter is
     * null") PostgreSQL's generic plan, used once a statement has run five times, expects a single project and joins
     * thousands by nested loop (see docs/performance.md).
     */
    public String sql(String query) {
        List<String> conditions = criteria().stream().map(set -> set.column() + " = :" + set.parameter()).toList();
        // in parentheses: a text block ending in "where " loses its trailing space
        return query.replace(CONDITION, "(" + (conditions.isEmpty() ? "true" : String.join(" and ", conditions)) + ")");
    }

    public void bind(CommonQueryContract query) {
        criteria().forEach(set -> query.setParameter(set.parameter(), set.value()));
    }

    private record Criterion(String column, String parameter, Object value) {
    }

    /** The criteria set, in one place for the SQL and its parameters. */
    private List<Criterion> criteria() {
        return Stream.of(new Criterion("p.delivery_manager_id", "dm", deliveryManagerId),
                new Criterion("p.client_id", "client", clientId), new Criterion("p.practice", "practice", practice))
                .filter(criterion -> criterion.value() != null).toList();
    }
}
