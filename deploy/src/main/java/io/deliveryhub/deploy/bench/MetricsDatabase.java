package io.deliveryhub.deploy.bench;

import io.deliveryhub.deploy.local.LocalStack;
import io.deliveryhub.deploy.local.Service;

/**
 * Seeds delivery-metrics-service's read models in bulk, as its consumers would have filled them from the project and
 * resources events: millions of time entries through the topics would take an hour and measure the consumers, not
 * the portfolio query. Rows are generated in the database (generate_series), the fastest way in.
 */
final class MetricsDatabase extends BenchDatabase {

    MetricsDatabase(LocalStack stack) {
        super(stack.jdbcUrl(Service.DELIVERY_METRICS));
    }
}
