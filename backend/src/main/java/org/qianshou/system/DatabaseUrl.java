package org.qianshou.system;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Reads {@code DATABASE_URL} in either JDBC form or the {@code postgres://user:pass@host:port/db}
 * form that managed PostgreSQL services hand out, and turns it into datasource properties.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    public static Optional<DatabaseUrl> fromEnvironment(Map<String, String> env) {
        String raw = env.get("DATABASE_URL");
        if (raw == null || raw.isBlank() || raw.startsWith("jdbc:")) {
            return Optional.empty();
        }
        return Optional.of(parse(raw));
    }

    public static DatabaseUrl parse(String raw) {
        URI uri = URI.create(raw.trim());
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must start with jdbc:postgresql://, postgres:// or postgresql://");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query;
        return new DatabaseUrl(jdbc, user, password);
    }

    public void toSystemProperties(BiConsumer<String, String> setter) {
        setter.accept("datasources.default.url", jdbcUrl);
        if (user != null) {
            setter.accept("datasources.default.username", user);
        }
        if (password != null) {
            setter.accept("datasources.default.password", password);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
