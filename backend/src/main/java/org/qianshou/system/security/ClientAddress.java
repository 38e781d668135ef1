package org.qianshou.system.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;

/**
 * The caller's IP address, for per-address throttling. Without {@code micronaut.server.client-address-header}
 * ({@code QIANSHOU_CLIENT_ADDRESS_HEADER}, unset by default) it is the socket's address, and forwarding headers
 * ({@code Forwarded}, {@code X-Forwarded-For}) are not read: a client could write them itself. Behind a trusted
 * reverse proxy set it to a header the proxy overwrites, such as {@code X-Real-IP}; with a list such as
 * {@code X-Forwarded-For} the right-most entry is taken, the one the proxy appended, since every entry to its
 * left came from the client.
 */
@Singleton
public class ClientAddress {

    private final String header;

    public ClientAddress(HttpServerConfiguration server) {
        String configured = server.getClientAddressHeader();
        this.header = configured == null || configured.isBlank() ? null : configured.strip();
    }

    /** The address, lowercased without brackets or port; {@code "unknown"} when there is none. */
    public String of(HttpRequest<?> request) {
        if (header != null) {
            List<String> values = request.getHeaders().getAll(header);
            if (!values.isEmpty()) {
                return normalise(String.join(",", values));
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return normalise(remote == null ? null : remote.getHostString());
    }

    /**
     * The right-most entry of a list such as {@code "198.51.100.9, 203.0.113.7"} (the one the trusted proxy
     * appended; the others may be the client's own words), trimmed, unbracketed, without port, lowercased.
     */
    static String normalise(String raw) {
        if (raw == null) {
            return "unknown";
        }
        String last = raw.substring(raw.lastIndexOf(',') + 1).strip();
        if (last.startsWith("\"") && last.endsWith("\"") && last.length() >= 2) {
            last = last.substring(1, last.length() - 1);
        }
        if (last.startsWith("[")) {
            int end = last.indexOf(']');
            last = end > 0 ? last.substring(1, end) : last.substring(1);
        } else if (last.indexOf(':') > 0 && last.indexOf(':') == last.lastIndexOf(':')) {
            last = last.substring(0, last.indexOf(':')); // IPv4 with a port
        }
        return last.isEmpty() ? "unknown" : last.toLowerCase(Locale.ROOT);
    }
}
