package io.deliveryhub.gateway.web;

import io.vertx.ext.web.RoutingContext;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a sane token, else a new UUID.
 * It is forwarded upstream and returned to the caller, so one id follows a request everywhere. W3C trace
 * context travels the same way: the caller's trace continues (with the gateway as the new parent), or a
 * new trace begins here.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._:-]{1,128}$");
    private static final Pattern TRACE = Pattern.compile("^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$");
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
        context.request().headers().set(TRACEPARENT, continued(context.request().getHeader(TRACEPARENT)));
        // Set when the headers are written, so the upstream's own response headers cannot drop it.
        context.addHeadersEndHandler(ignored -> context.response().headers().set(HEADER, id));
        context.next();
    }

    /** The traceparent to send on: same trace and flags, a fresh parent id; a new trace when absent or malformed. */
    static String continued(String traceparent) {
        var match = traceparent == null ? null : TRACE.matcher(traceparent.trim());
        boolean valid = match != null && match.matches() && !"ff".equals(match.group(1))
                && !match.group(2).matches("0+") && !match.group(3).matches("0+");
        String traceId = valid ? match.group(2) : randomHex(16);
        String flags = valid ? match.group(4) : "01";
        return "00-" + traceId + "-" + randomHex(8) + "-" + flags;
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

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros, which the spec declares invalid
        return HexFormat.of().formatHex(random);
    }
}
