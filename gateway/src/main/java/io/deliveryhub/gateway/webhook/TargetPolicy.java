package io.deliveryhub.gateway.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Where webhooks may go: https to public addresses, unless the installation also allows plain http and loopback
 * addresses (the local stack does). Private, link-local, multicast and unspecified addresses are never allowed, so a
 * subscription cannot make the gateway call into its own network. Checked on the URL when a subscription is saved,
 * and on the resolved addresses before every delivery, since a name may resolve elsewhere later (DNS rebinding).
 */
public record TargetPolicy(boolean allowHttp, boolean allowLoopback) {

    /** Why the URL cannot be a target, or null when its form is acceptable. */
    public String refusal(String url) {
        if (url == null || url.isBlank()) {
            return "is required";
        }
        if (url.length() > 2000) {
            return "must be at most 2000 characters";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return allowHttp ? "must be an http or https URL" : "must be an https URL";
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return "must name a host, without user information or fragment";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return allowLoopback ? null : "must not point at this machine";
        }
        InetAddress literal = literal(host);
        return literal == null ? null : refusal(literal);
    }

    /** Why none of the resolved addresses may be called, or null when all of them may. */
    public String refusal(List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return "the host resolves to no address";
        }
        for (InetAddress address : addresses) {
            String refusal = refusal(address);
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }

    String refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback ? null : "resolves to a loopback address (" + address.getHostAddress() + ")";
        }
        if (address.isAnyLocalAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isMulticastAddress() || isPrivateOrShared(address)) {
            return "resolves to a private, link-local or multicast address (" + address.getHostAddress() + ")";
        }
        return null;
    }

    /** Ranges the JDK does not flag: IPv6 unique-local (fc00::/7), carrier-grade NAT (100.64/10), and 0/8. */
    private static boolean isPrivateOrShared(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240;
        }
        return false;
    }

    /** The address a literal host names (never a DNS lookup), or null for a name. */
    private static InetAddress literal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
            return null;
        }
        try {
            return InetAddress.getByName(bare);
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }
}
