package org.qianshou.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void managedServiceUrlsBecomeJdbcUrlsWithCredentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:s%40cret@db.example.org:6543/qianshou?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/qianshou?sslmode=require");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s@cret");
        Map<String, String> properties = new HashMap<>();
        url.toSystemProperties(properties::put);
        assertThat(properties)
                .containsEntry("datasources.default.url", url.jdbcUrl())
                .containsEntry("datasources.default.username", "app");
    }

    @Test
    void jdbcUrlsAreLeftToTheConfiguration() {
        assertThat(DatabaseUrl.fromEnvironment(Map.of("DATABASE_URL", "jdbc:postgresql://localhost/x")))
                .isEmpty();
        assertThat(DatabaseUrl.fromEnvironment(Map.of())).isEmpty();
        assertThat(DatabaseUrl.parse("postgresql://localhost/qianshou").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/qianshou");
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://localhost/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
