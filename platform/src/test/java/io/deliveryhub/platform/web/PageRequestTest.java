package io.deliveryhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliveryhub.platform.problem.BadRequest;
import io.quarkus.panache.common.Sort;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "start", "plannedStart");

    @Test
    void sortsByTheMappedAttributeThenTheFallback() {
        Sort sort = PageRequest.of(0, 50, "start,desc").toSort(SORTABLE, "name");

        assertThat(sort.getColumns()).extracting(Sort.Column::getName).containsExactly("plannedStart", "name");
        assertThat(sort.getColumns().get(0).getDirection()).isEqualTo(Sort.Direction.Descending);
    }

    @Test
    void usesTheFallbackWhenNoSortIsGiven() {
        assertThat(PageRequest.of(0, 50, null).toSort(SORTABLE, "name").getColumns())
                .extracting(Sort.Column::getName).containsExactly("name");
    }

    @Test
    void refusesUnknownFieldsAndDirections() {
        assertThatThrownBy(() -> PageRequest.of(0, 50, "secret").toSort(SORTABLE, "name"))
                .isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> PageRequest.of(0, 50, "name,sideways").toSort(SORTABLE, "name"))
                .isInstanceOf(BadRequest.class);
    }
}
