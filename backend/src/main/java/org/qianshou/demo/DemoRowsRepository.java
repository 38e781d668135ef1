package org.qianshou.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What demo data an installation already holds, kind by kind: rows marked {@code demo} in the features' tables, read
 * with plain SQL (reads only; every demo write goes through the features' services). The loader uses it to load a
 * kind's demo rows when that kind has none, so that an installation whose demo data predates a kind gets it too.
 */
@Singleton
class DemoRowsRepository {

    /** The tables of the kinds loaded one by one (never input). */
    static final Set<String> KINDS = Set.of("opening", "story", "funding_call", "funding_award", "twinning_pair");

    private final JdbcOperations jdbc;

    DemoRowsRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the kind's table holds a row marked demo. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean any(String table) {
        if (!KINDS.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE demo)", st -> {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /** The demo organisations in the order they were created: the funders, or the others (agencies, universities). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Long> organisations(boolean funders) {
        return ids("SELECT id FROM organisation WHERE demo AND (kind = 'funder') = " + funders + " ORDER BY id");
    }

    /** The demo projects' titles in the order they were created. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<String> projectTitles() {
        return jdbc.prepareStatement("SELECT title FROM project WHERE demo ORDER BY id", st -> {
            List<String> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
            return result;
        });
    }

    /** The demo projects' ids in the order they were created. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Long> projects() {
        return ids("SELECT id FROM project WHERE demo ORDER BY id");
    }

    private List<Long> ids(String sql) {
        return jdbc.prepareStatement(sql, st -> {
            List<Long> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getLong(1));
                }
            }
            return result;
        });
    }
}
