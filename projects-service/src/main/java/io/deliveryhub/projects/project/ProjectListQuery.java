package io.deliveryhub.projects.project;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.projects.ExternalRef;
import io.quarkus.panache.common.Sort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The project list's page and total in plain statements: read through Hibernate, even as a projection, the rows'
 * extraction and the query's interpretation were most of a list request's CPU in the service (docs/performance.md).
 * The filters and sort are the ones {@code GET /projects} documents; each becomes its condition with a parameter.
 */
final class ProjectListQuery {

    private static final String COLUMNS = "id, key, name, client_id, status, delivery_model, practice,"
            + " project_manager_id, delivery_manager_id, delivery_lead_id, planned_start, planned_end, currency,"
            + " budget_amount, budget_currency, budget_hours, tags, probability, opportunity_system, opportunity_id,"
            + " demand, version, created_at, updated_at";
    /** The sortable attributes' columns. */
    private static final Map<String, String> SORT_COLUMNS = Map.of("key", "key", "name", "name", "status", "status",
            "plannedStart", "planned_start", "plannedEnd", "planned_end", "createdAt", "created_at",
            "updatedAt", "updated_at");
    /** The demand column as Hibernate writes it (its own plain mapper), read back the same way. */
    private static final ObjectReader DEMAND = JsonMapper.builder().addModule(new JavaTimeModule()).build()
            .readerFor(new TypeReference<List<RoleDemand>>() {
            });

    private final String where;
    private final List<Object> parameters = new ArrayList<>();

    ProjectListQuery(ProjectFilter filter) {
        List<String> conditions = new ArrayList<>();
        condition(conditions, "status = ?", filter.status() == null ? null : filter.status().name());
        condition(conditions, "client_id = ?", filter.clientId());
        condition(conditions, "delivery_manager_id = ?", filter.deliveryManagerId());
        condition(conditions, "project_manager_id = ?", filter.projectManagerId());
        if (filter.practice() != null && !filter.practice().isBlank()) {
            condition(conditions, "lower(practice) = ?", filter.practice().strip().toLowerCase());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            // the column's own type, so that the GIN index on tags answers the containment (V6)
            condition(conditions, "tags @> array[cast(? as varchar)]",
                    ProjectTags.normalise(List.of(filter.tag())).get(0));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String pattern = "%" + filter.q().strip().toLowerCase() + "%";
            conditions.add("(lower(name) like ? or lower(key) like ?)");
            parameters.add(pattern);
            parameters.add(pattern);
        }
        where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private void condition(List<String> conditions, String condition, Object parameter) {
        if (parameter != null) {
            conditions.add(condition);
            parameters.add(parameter);
        }
    }

    /** The page's projects in the given order (attributes as {@link PageRequest#toSort} names them). */
    List<ProjectView> page(Connection connection, Sort sort, int page, int size) throws SQLException {
        StringBuilder sql = new StringBuilder("select ").append(COLUMNS).append(" from project").append(where)
                .append(" order by ");
        List<Sort.Column> columns = sort.getColumns();
        for (int i = 0; i < columns.size(); i++) {
            Sort.Column column = columns.get(i);
            sql.append(i == 0 ? "" : ", ").append(SORT_COLUMNS.get(column.getName()))
                    .append(column.getDirection() == Sort.Direction.Descending ? " desc" : "");
        }
        sql.append(" offset ? limit ?");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int next = bind(select);
            select.setInt(next, page * size);
            select.setInt(next + 1, size);
            List<ProjectView> projects = new ArrayList<>(size);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    projects.add(view(row));
                }
            }
            return projects;
        }
    }

    long count(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from project" + where)) {
            bind(count);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private int bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return parameters.size() + 1;
    }

    /** A row as {@link ProjectView#of} shows the project, column by column in {@link #COLUMNS}' order. */
    private static ProjectView view(ResultSet row) throws SQLException {
        ProjectStatus status = ProjectStatus.valueOf(row.getString(5));
        String deliveryModel = row.getString(6);
        var budgetAmount = row.getBigDecimal(14);
        String opportunityId = row.getString(20);
        return new ProjectView(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                row.getObject(4, UUID.class), status,
                deliveryModel == null ? null : DeliveryModel.valueOf(deliveryModel), row.getString(7),
                row.getObject(8, UUID.class), row.getObject(9, UUID.class), row.getObject(10, UUID.class),
                row.getObject(11, LocalDate.class), row.getObject(12, LocalDate.class), row.getString(13),
                budgetAmount == null ? null : Money.of(budgetAmount, row.getString(15)), row.getBigDecimal(16),
                tags(row.getArray(17)), row.getBigDecimal(18),
                opportunityId == null ? null : new ExternalRef(row.getString(19), opportunityId),
                demand(row.getString(21)), ProjectLifecycle.acceptsRecords(status), row.getLong(22),
                row.getObject(23, OffsetDateTime.class).toInstant(), row.getObject(24, OffsetDateTime.class).toInstant());
    }

    private static List<String> tags(Array tags) throws SQLException {
        return List.of((String[]) tags.getArray());
    }

    /** Most projects have none ({@code []}, the column's default), which needs no parser. */
    private static List<RoleDemand> demand(String json) {
        if ("[]".equals(json)) {
            return List.of();
        }
        try {
            return List.copyOf(DEMAND.<List<RoleDemand>> readValue(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable demand of a project", e);
        }
    }
}
