package org.qianshou.system.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.util.Locale;

/**
 * The caller's IP address, for per-address throttling. Behind a reverse proxy set
 * {@code micronaut.server.client-address-header} ({@code QIANSHOU_CLIENT_ADDRESS_HEADER}, e.g.
 * {@code X-Real-IP}) to the header the proxy sets; without it the framework reads {@code Forwarded} /
 * {@code X-Forwarded-For} and falls back to the socket's address.
 */
@Singleton
public class ClientAddress {

    private final HttpClientAddressResolver resolver;

    public ClientAddress(HttpClientAddressResolver resolver) {
        this.resolver = resolver;
    }

    /** The address, lowercased without brackets or port; {@code "unknown"} when there is none. */
    public String of(HttpRequest<?> request) {
        String resolved = resolver.resolve(request);
        if (resolved == null || resolved.isBlank()) {
            // An empty client-address-header (the default of QIANSHOU_CLIENT_ADDRESS_HEADER) resolves nothing.
            InetSocketAddress remote = request.getRemoteAddress();
            resolved = remote == null ? null : remote.getHostString();
        }
        return normalise(resolved);
    }

    /** The first entry of a list such as {@code "203.0.113.7, 10.0.0.2"}, trimmed, unbracketed, lowercased. */
    static String normalise(String raw) {
        if (raw == null) {
            return "unknown";
        }
        String first = raw.split(",", 2)[0].strip();
        if (first.startsWith("\"") && first.endsWith("\"") && first.length() >= 2) {
            first = first.substring(1, first.length() - 1);
        }
        if (first.startsWith("[")) {
            int end = first.indexOf(']');
            first = end > 0 ? first.substring(1, end) : first.substring(1);
        } else if (first.indexOf(':') > 0 && first.indexOf(':') == first.lastIndexOf(':')) {
            first = first.substring(0, first.indexOf(':')); // IPv4 with a port
        }
        return first.isEmpty() ? "unknown" : first.toLowerCase(Locale.ROOT);
    }
}
