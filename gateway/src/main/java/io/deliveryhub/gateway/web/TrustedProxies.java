package io.deliveryhub.gateway.web;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The proxies in front of the gateway (an ingress controller, a load balancer) whose {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} are believed; from any other peer they are ignored, so a client cannot pick the address
 * its anonymous rate limit is counted by. Quarkus's own forwarding support takes the left-most
 * {@code X-Forwarded-For} entry, which the client writes itself whenever a proxy appends to the header; here the
 * caller is the right-most address that is not a trusted proxy.
 */
// Singleton: on every request's path (see the io.deliveryhub.gateway package)
@Singleton
public class TrustedProxies {

    private final List<IpSubnetFilterRule> trusted;

    public TrustedProxies(@ConfigProperty(name = "deliveryhub.gateway.trusted-proxies") Optional<List<String>> trusted) {
        this.trusted = trusted.orElse(List.of()).stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .map(TrustedProxies::rule).toList();
    }

    /** Front-door handler: judges the request's origin once, for the rate limits and the headers sent on. */
    public void identify(RoutingContext context) {
        origin(context.request()).attach(context);
        context.next();
    }

    ClientOrigin origin(HttpServerRequest request) {
        ClientOrigin direct = ClientOrigin.direct(request);
        if (trusted.isEmpty() || !isTrusted(direct.address())) {
            return direct;
        }
        return new ClientOrigin(forwardedFor(request.headers().getAll("X-Forwarded-For"), direct.address()),
                forwardedProto(request.getHeader("X-Forwarded-Proto"), direct.scheme()));
    }

    /** Walks back from the hop nearest to the gateway: the first address no trusted proxy owns is the caller. */
    private String forwardedFor(List<String> headers, String peer) {
        String[] hops = String.join(",", headers).split(",");
        String caller = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops[i]);
            if (hop.isEmpty()) {
                // what a trusted proxy did not write cannot be believed past this point
                return caller;
            }
            caller = hop.get().getHostAddress();
            if (!isTrusted(hop.get())) {
                return caller;
            }
        }
        return caller;
    }

    /** The scheme the nearest proxy was called over (the last value), when it is one the gateway knows. */
    private static String forwardedProto(String header, String scheme) {
        if (header == null) {
            return scheme;
        }
        String nearest = header.substring(header.lastIndexOf(',') + 1).trim();
        return "https".equalsIgnoreCase(nearest) ? "https" : "http".equalsIgnoreCase(nearest) ? "http" : scheme;
    }

    private boolean isTrusted(String address) {
        return literal(address).map(this::isTrusted).orElse(false);
    }

    private boolean isTrusted(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return trusted.stream().anyMatch(rule -> rule.matches(socket));
    }

    /** An IP literal (IPv6 possibly in brackets), never a name: nothing here may cost a DNS lookup. */
    private static Optional<InetAddress> literal(String text) {
        String address = text.trim();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        return Optional.ofNullable(NetUtil.createInetAddressFromIpAddressString(address));
    }

    /** {@code 10.0.0.0/8}, {@code 2001:db8::/32}, or one address. */
    private static IpSubnetFilterRule rule(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        InetAddress parsed = literal(address).orElseThrow(() -> new IllegalArgumentException(
                "deliveryhub.gateway.trusted-proxies: not an IP address or CIDR range: " + entry));
        int bits = parsed.getAddress().length * 8;
        String length = slash < 0 ? String.valueOf(bits) : entry.substring(slash + 1);
        int prefix = length.matches("\\d{1,3}") ? Integer.parseInt(length) : -1;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("deliveryhub.gateway.trusted-proxies: prefix out of range in " + entry);
        }
        return new IpSubnetFilterRule(parsed, prefix, IpFilterRuleType.ACCEPT);
    }
}
