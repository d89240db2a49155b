package io.deliveryhub.gateway.web;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a sane token, else a new UUID.
 * It is forwarded upstream and returned to the caller, so one id follows a request everywhere (W3C trace
 * context travels with it: {@link TraceContext}).
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._:-]{1,128}$");
    private static final String ID = "deliveryhub.request-id";

    private RequestIds() {
    }

    public static String of(RoutingContext context) {
        return context.get(ID);
    }

    public static void assign(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : newId();
        context.put(ID, id);
        context.request().headers().set(HEADER, id);
        // Set when the headers are written, so the upstream's own response headers cannot drop it.
        context.addHeadersEndHandler(ignored -> context.response().headers().set(HEADER, id));
        context.next();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: an id must be unique, not unguessable, and
     * {@link UUID#randomUUID()} draws from the JVM's one shared {@code SecureRandom} on every request.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0b11L << 62) | (0b10L << 62);
        return new UUID(high, low).toString();
    }
}
