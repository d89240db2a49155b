package io.deliveryhub.platform.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items":[...],"page":0,"size":50,"total":123}}. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public static <E, T> ResultPage<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> view) {
        PanacheQuery<E> paged = query.page(request.toPage());
        return new ResultPage<>(paged.list().stream().map(view).toList(), request.page, request.size, query.count());
    }
}
