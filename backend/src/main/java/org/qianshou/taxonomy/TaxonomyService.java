package org.qianshou.taxonomy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Reference taxonomies (seeded by migration), cached in memory. */
@Singleton
public class TaxonomyService {

    /** The taxonomies and their tables; the table names are constants, never user input. */
    public enum Kind {
        SERVICE_CATEGORY("service_category"),
        TARGET_GROUP("target_group"),
        FUNDING_TYPE("funding_type"),
        PROGRAMME("programme");

        private final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    private final DataSource dataSource;
    private volatile Map<Kind, Map<String, Term>> cache;

    /** Reference data is read once, outside any transaction, so the raw pool is used. */
    TaxonomyService(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public Taxonomies all() {
        return new Taxonomies(
                terms(Kind.SERVICE_CATEGORY),
                terms(Kind.TARGET_GROUP),
                terms(Kind.FUNDING_TYPE),
                terms(Kind.PROGRAMME));
    }

    public List<Term> terms(Kind kind) {
        return List.copyOf(load().get(kind).values());
    }

    public boolean exists(Kind kind, String code) {
        return code != null && load().get(kind).containsKey(code);
    }

    private Map<Kind, Map<String, Term>> load() {
        Map<Kind, Map<String, Term>> c = cache;
        if (c == null) {
            Map<Kind, Map<String, Term>> loaded = new java.util.EnumMap<>(Kind.class);
            try (Connection connection = dataSource.getConnection()) {
                for (Kind kind : Kind.values()) {
                    Map<String, Term> terms = new java.util.LinkedHashMap<>();
                    try (var statement = connection.prepareStatement(
                                    "SELECT code, name_zh, name_en FROM " + kind.table + " ORDER BY sort_order, code");
                            var rs = statement.executeQuery()) {
                        while (rs.next()) {
                            terms.put(rs.getString(1), new Term(rs.getString(1), rs.getString(2), rs.getString(3)));
                        }
                    }
                    loaded.put(kind, java.util.Collections.unmodifiableMap(terms));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot load taxonomies", e);
            }
            cache = c = loaded;
        }
        return c;
    }
}
