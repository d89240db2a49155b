package io.deliveryhub.platform.warmup;

import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.inbox.TopicConsumer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a {@link WarmUpExercise} warms with: requests to its own service over loopback, through the same HTTP, security
 * and JSON path as a caller's, and the service's own methods in a transaction that is rolled back.
 */
public final class WarmUpCalls {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();
    private final URI base;
    private final String bearer;

    WarmUpCalls(URI base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /** GETs {@code path} (with its query) and checks the answer's status. */
    public void get(String path, int expectedStatus) throws IOException, InterruptedException {
        send(request(path).GET(), expectedStatus);
    }

    /** POSTs the JSON body and checks the answer's status: only for requests the service refuses or does not keep. */
    public void post(String path, String json, int expectedStatus) throws IOException, InterruptedException {
        send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)),
                expectedStatus);
    }

    /**
     * Runs {@code work} in a transaction that is rolled back whatever happens, after flushing what it persisted so that
     * the inserts are sent too: the service's {@code @Transactional} methods join it.
     */
    public void rolledBack(Runnable work) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            QuarkusTransaction.begin();
            try {
                work.run();
                Panache.getEntityManager().flush();
            } finally {
                QuarkusTransaction.rollback();
            }
        } finally {
            requestContext.terminate();
        }
    }

    /** Applies the record as {@code consumer} would once its inbox let it through, in a transaction rolled back. */
    public void consumed(TopicConsumer consumer, ConsumerRecord<String, String> record) {
        rolledBack(() -> consumer.apply(IncomingEvent.from(record)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Authorization", bearer)
                .header("Accept", "application/json");
    }

    private void send(HttpRequest.Builder request, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(built.method() + " " + built.uri().getPath() + " answered "
                    + response.statusCode() + " instead of " + expectedStatus + ": " + response.body());
        }
    }
}
