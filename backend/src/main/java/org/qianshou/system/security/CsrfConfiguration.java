package org.qianshou.system.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Origins besides the server's own and {@code qianshou.public-url} that may send unsafe requests
 * ({@code qianshou.csrf.allowed-origins}, e.g. {@code https://qianshou.example.org}); none by default.
 *
 * @param allowedOrigins {@code scheme://host[:port]} each
 */
@ConfigurationProperties("qianshou.csrf")
public record CsrfConfiguration(@Nullable List<String> allowedOrigins) {

    public List<String> origins() {
        return allowedOrigins == null ? List.of() : allowedOrigins;
    }
}
