package io.deliveryhub.gateway.routing;

import io.deliveryhub.gateway.web.GatewayProblem;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests each caller has in flight at each upstream. A caller at its cap gets a 429 at once, so
 * one caller whose requests are slow (or made slow on purpose) cannot hold every worker of a service while
 * everyone else waits; the rate limits count requests, this counts the time they take.
 */
// Singleton: on every request's path (see the io.deliveryhub.gateway package)
@Singleton
public class CallerLimits {

    private final int perCaller;
    /** By upstream, then by caller: nothing to build per request to find the count. */
    private final Map<String, Map<String, AtomicInteger>> inFlight = new ConcurrentHashMap<>();

    public CallerLimits(Traffic traffic) {
        this.perCaller = traffic.callerConcurrency();
    }

    /**
     * Takes one of the caller's places at the upstream, or fails with a 429 problem.
     *
     * @return what gives the place back; to be run exactly once, when the exchange is over
     */
    public Runnable enter(String callerId, String upstream) {
        Map<String, AtomicInteger> atUpstream = inFlight.computeIfAbsent(upstream, ignored -> new ConcurrentHashMap<>());
        AtomicInteger count = atUpstream.computeIfAbsent(callerId, ignored -> new AtomicInteger());
        if (count.incrementAndGet() > perCaller) {
            leave(atUpstream, callerId, count);
            throw new GatewayProblem(429, "too-many-in-flight", "Too Many Requests",
                    "At most " + perCaller + " requests of one caller may be in progress at the " + upstream
                            + " service; retry when one has been answered",
                    null, Map.of("Retry-After", "1"));
        }
        return () -> leave(atUpstream, callerId, count);
    }

    private static void leave(Map<String, AtomicInteger> atUpstream, String callerId, AtomicInteger count) {
        if (count.decrementAndGet() <= 0) {
            // callers come and go: an idle caller's counter is dropped (a racing enter makes a new one)
            atUpstream.remove(callerId, count);
        }
    }
}
