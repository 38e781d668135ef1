package org.qianshou.system.security;

import java.time.Duration;
import java.util.Locale;

/**
 * Counts events per bucket and key in a sliding window, and refuses with {@link TooManyRequestsException}
 * (429 + {@code Retry-After}) when the window is full. Keys are never stored as given: only an HMAC of
 * them, so no phone number, e-mail address or IP address reaches the table.
 *
 * <p>Buckets and limits used by the auth endpoints: {@code login-id-ip} (10 / 60 s per identifier and
 * {@link ClientAddress}), {@code login-id} (100 / 60 s per identifier, a ceiling only many addresses reach),
 * {@code login-ip}, {@code signup-ip}, {@code reset-ip} (30 / 60 s per address), {@code signup-id} (5 / 15 min)
 * and {@code reset-id} (3 / 15 min per identifier); every attempt counts ({@code hit}).
 */
public interface Throttle {

    /** The longest window a caller may ask for: older events are deleted. */
    Duration MAX_WINDOW = Duration.ofHours(1);

    /**
     * Throws when {@code limit} events of this bucket and key already lie within the last {@code window};
     * its {@code retryAfter} is the time until the event that fills the window leaves it.
     *
     * @throws TooManyRequestsException when the window is full
     */
    void check(String bucket, String key, int limit, Duration window);

    /** Counts one event now. Commits on its own, whatever becomes of the caller's transaction. */
    void record(String bucket, String key);

    /** {@link #check} then {@link #record}, atomically for this bucket and key. */
    void hit(String bucket, String key, int limit, Duration window);

    /**
     * The key for a phone number or e-mail address as a user typed it: normalised when it is valid (so
     * {@code +86 139-1234-5678} and {@code 13912345678} count together), otherwise trimmed and lowercased,
     * so that unknown and malformed identifiers are throttled exactly like known ones.
     */
    static String identifierKey(String raw) {
        if (raw == null) {
            return "";
        }
        return Identifiers.parse(raw)
                .map(Identifiers.Identifier::value)
                .orElseGet(() -> raw.strip().toLowerCase(Locale.ROOT));
    }
}
