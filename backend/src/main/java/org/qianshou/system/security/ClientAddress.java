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
     * The key the per-address throttle counts under: the {@link #of address}, except that an IPv6 address counts by
     * its /64 network ({@code 2001:db8:1:2::/64}), since one subscriber usually holds a whole /64 and could otherwise
     * take a fresh address for every attempt. An IPv4-mapped address ({@code ::ffff:203.0.113.7}) is its IPv4
     * address.
     */
    public String throttleKey(HttpRequest<?> request) {
        return throttleKey(of(request));
    }

    static String throttleKey(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        String a = address.indexOf('%') >= 0 ? address.substring(0, address.indexOf('%')) : address; // zone id
        if (a.startsWith("::ffff:") && a.indexOf('.') > 0) {
            return a.substring("::ffff:".length());
        }
        String[] halves = a.split("::", -1);
        if (halves.length > 2 || a.indexOf('.') >= 0) {
            return address;
        }
        String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":", -1);
        String[] tail = halves.length < 2 || halves[1].isEmpty() ? new String[0] : halves[1].split(":", -1);
        int missing = 8 - head.length - tail.length;
        if (missing < 0 || (halves.length == 1 && missing != 0)) {
            return address;
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            String group =
                    i < head.length ? head[i] : i < head.length + missing ? "0" : tail[i - head.length - missing];
            if (group.isEmpty() || group.length() > 4) {
                return address;
            }
            try {
                groups[i] = Integer.parseInt(group, 16);
            } catch (NumberFormatException e) {
                return address;
            }
        }
        return String.format("%x:%x:%x:%x::/64", groups[0], groups[1], groups[2], groups[3]);
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
