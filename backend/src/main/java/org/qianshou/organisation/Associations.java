package org.qianshou.organisation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Service regions, target groups and service categories of organisations (join tables). */
@Singleton
class Associations {

    /** The three lists of one organisation. */
    record Codes(List<String> serviceRegions, List<String> targetGroups, List<String> serviceCategories) {
        static final Codes NONE = new Codes(List.of(), List.of(), List.of());
    }

    private enum Table {
        REGION("organisation_service_region", "region_code"),
        GROUP("organisation_target_group", "target_group_code"),
        CATEGORY("organisation_service_category", "category_code");

        final String table;
        final String column;

        Table(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    private final JdbcOperations jdbc;

    Associations(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long organisationId, Codes codes) {
        replace(Table.REGION, organisationId, codes.serviceRegions());
        replace(Table.GROUP, organisationId, codes.targetGroups());
        replace(Table.CATEGORY, organisationId, codes.serviceCategories());
    }

    Codes of(long organisationId) {
        return of(List.of(organisationId)).getOrDefault(organisationId, Codes.NONE);
    }

    Map<Long, Codes> of(Collection<Long> organisationIds) {
        Map<Long, List<String>> regions = read(Table.REGION, organisationIds);
        Map<Long, List<String>> groups = read(Table.GROUP, organisationIds);
        Map<Long, List<String>> categories = read(Table.CATEGORY, organisationIds);
        Map<Long, Codes> result = new HashMap<>();
        for (long id : organisationIds) {
            result.put(
                    id,
                    new Codes(
                            regions.getOrDefault(id, List.of()),
                            groups.getOrDefault(id, List.of()),
                            categories.getOrDefault(id, List.of())));
        }
        return result;
    }

    private void replace(Table t, long organisationId, List<String> codes) {
        jdbc.prepareStatement("DELETE FROM " + t.table + " WHERE organisation_id = ?", st -> {
            st.setLong(1, organisationId);
            return st.executeUpdate();
        });
        if (codes.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO " + t.table + " (organisation_id, " + t.column + ") VALUES (?, ?)", st -> {
            for (String code : codes) {
                st.setLong(1, organisationId);
                st.setString(2, code);
                st.addBatch();
            }
            return st.executeBatch();
        });
    }

    private Map<Long, List<String>> read(Table t, Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement(
                "SELECT organisation_id, " + t.column + " FROM " + t.table + " WHERE organisation_id = ANY (?)"
                        + " ORDER BY organisation_id, " + t.column,
                st -> {
                    st.setArray(1, st.getConnection().createArrayOf("bigint", organisationIds.toArray(Long[]::new)));
                    Map<Long, List<String>> result = new HashMap<>();
                    try (var rs = st.executeQuery()) {
                        while (rs.next()) {
                            result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(rs.getString(2));
                        }
                    }
                    return result;
                });
    }
}
