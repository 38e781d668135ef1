package org.qianshou.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Where Elasticsearch is ({@code ELASTICSEARCH_URL}, optional {@code ELASTICSEARCH_API_KEY} or
 * {@code ELASTICSEARCH_USERNAME}/{@code ELASTICSEARCH_PASSWORD}) and the prefix of our index names
 * ({@code QIANSHOU_INDEX_PREFIX}), and how long to wait for its answer ({@code QIANSHOU_SEARCH_SOCKET_TIMEOUT}, 10 s by
 * default: an outage is noticed fast; a rebuild on a busy machine may need longer).
 */
@ConfigurationProperties("qianshou.search")
public record SearchConfiguration(
        @NotBlank @Pattern(regexp = "https?://.+") String url,
        @Nullable String apiKey,
        @Nullable String username,
        @Nullable String password,
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9_-]*") String indexPrefix,
        @Nullable java.time.Duration socketTimeout) {

    /** The answer timeout in milliseconds (10 s when not configured). */
    public int socketTimeoutMillis() {
        return socketTimeout == null || socketTimeout.isZero() || socketTimeout.isNegative()
                ? 10_000
                : (int) Math.min(Integer.MAX_VALUE, socketTimeout.toMillis());
    }

    public @Nullable String apiKeyOrNull() {
        return blankToNull(apiKey);
    }

    public @Nullable String usernameOrNull() {
        return blankToNull(username);
    }

    public @Nullable String passwordOrNull() {
        return blankToNull(password);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
