package io.deliveryhub.platform.web;

import io.deliveryhub.platform.problem.BadRequest;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Map;

/**
 * The {@code ?page=0&size=50&sort=field,asc} query of every list endpoint. Sort fields are API names
 * mapped onto entity attributes by the resource, so clients can never sort by an internal column.
 */
public class PageRequest {

    /** Keeps page × size (the row offset) far inside an int: no page beyond it can hold rows anyway. */
    static final int MAX_PAGE = 1_000_000;

    /** Null only when the client sent a blank value: absent, it is the default. */
    @QueryParam("page")
    @DefaultValue("0")
    @NotNull(message = "must be a whole number")
    @Min(0)
    @Max(MAX_PAGE)
    public Integer page;

    @QueryParam("size")
    @DefaultValue("50")
    @NotNull(message = "must be a whole number")
    @Min(1)
    @Max(500)
    public Integer size;

    @QueryParam("sort")
    public String sort;

    public static PageRequest of(int page, int size, String sort) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        request.sort = sort;
        return request;
    }

    public Page toPage() {
        return Page.of(page, size);
    }

    /**
     * @param sortable API field name → entity attribute
     * @param fallback the attribute to sort by when the client gives none (and to break ties)
     */
    public Sort toSort(Map<String, String> sortable, String fallback) {
        if (sort == null || sort.isBlank()) {
            return Sort.by(fallback);
        }
        String[] parts = sort.split(",", -1);
        String attribute = sortable.get(parts[0].trim());
        if (attribute == null || parts.length > 2) {
            throw BadRequest.ofField("sort", "must be one of " + sortable.keySet() + ", optionally followed by ,asc or ,desc");
        }
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase() : "asc";
        Sort.Direction sortDirection = switch (direction) {
            case "asc" -> Sort.Direction.Ascending;
            case "desc" -> Sort.Direction.Descending;
            default -> throw BadRequest.ofField("sort", "direction must be asc or desc");
        };
        Sort result = Sort.by(attribute, sortDirection);
        return attribute.equals(fallback) ? result : result.and(fallback);
    }
}
