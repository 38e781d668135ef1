package org.qianshou.project;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads projects with their associations in a few set-based queries, and writes the join tables. */
@Singleton
class ProjectRows {

    private final JdbcOperations jdbc;

    ProjectRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void replaceAssociations(long projectId, List<String> regions, List<String> targetGroups, List<String> categories) {
        replace("project_region", "region_code", projectId, regions);
        replace("project_target_group", "target_group_code", projectId, targetGroups);
        replace("project_service_category", "category_code", projectId, categories);
    }

    /** Inserts new project rows in one batch; returns their generated ids in order. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Long> insertAll(List<ProjectEntity> projects) {
        return jdbc.execute(connection -> {
            try (var statement = connection.prepareStatement(
                    "INSERT INTO project (organisation_id, title, description, programme_code, funding_type_code, status,"
                            + " start_date, end_date, budget_fen, demo, version, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())",
                    new String[] {"id"})) {
                for (ProjectEntity p : projects) {
                    statement.setLong(1, p.organisationId());
                    statement.setString(2, p.title());
                    statement.setString(3, p.description());
                    statement.setString(4, p.programmeCode());
                    statement.setString(5, p.fundingTypeCode());
                    statement.setString(6, p.status());
                    statement.setObject(7, p.startDate());
                    statement.setObject(8, p.endDate());
                    statement.setLong(9, p.budgetFen());
                    statement.setBoolean(10, p.demo());
                    statement.setLong(11, p.version() == null ? 0 : p.version());
                    statement.addBatch();
                }
                statement.executeBatch();
                List<Long> ids = new ArrayList<>(projects.size());
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                if (ids.size() != projects.size()) {
                    throw new IllegalStateException(
                            "expected " + projects.size() + " generated ids, got " + ids.size());
                }
                return ids;
            }
        });
    }

    /** Inserts the associations of newly inserted projects, one batch per join table. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insertAssociations(List<Long> ids, List<ProjectRequest> requests) {
        insertAll("project_region", "region_code", ids, requests, ProjectRequest::regionCodes);
        insertAll("project_target_group", "target_group_code", ids, requests, ProjectRequest::targetGroups);
        insertAll("project_service_category", "category_code", ids, requests, ProjectRequest::serviceCategories);
    }

    private void insertAll(
            String table,
            String column,
            List<Long> ids,
            List<ProjectRequest> requests,
            java.util.function.Function<ProjectRequest, List<String>> codes) {
        jdbc.prepareStatement("INSERT INTO " + table + " (project_id, " + column + ") VALUES (?, ?)", statement -> {
            for (int i = 0; i < ids.size(); i++) {
                for (String code : new java.util.LinkedHashSet<>(codes.apply(requests.get(i)))) {
                    statement.setLong(1, ids.get(i));
                    statement.setString(2, code);
                    statement.addBatch();
                }
            }
            return statement.executeBatch();
        });
    }

    private void replace(String table, String column, long projectId, List<String> codes) {
        jdbc.prepareStatement("DELETE FROM " + table + " WHERE project_id = ?", statement -> {
            statement.setLong(1, projectId);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO " + table + " (project_id, " + column + ") VALUES (?, ?)", statement -> {
            for (String code : codes) {
                statement.setLong(1, projectId);
                statement.setString(2, code);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /** The rows for the given ids, in id order; ids without a project are left out. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<ProjectRow> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] idArray = ids.stream().distinct().sorted().toArray(Long[]::new);
        Map<Long, ProjectEntity> projects = new LinkedHashMap<>();
        Map<Long, String> organisationNames = new HashMap<>();
        Map<Long, Boolean> organisationVerified = new HashMap<>();
        jdbc.prepareStatement(
                "SELECT p.id, p.organisation_id, p.title, p.description, p.programme_code, p.funding_type_code,"
                        + " p.status, p.start_date, p.end_date, p.budget_fen, p.demo, p.version, p.created_at,"
                        + " p.updated_at, o.name, o.status = 'verified' FROM project p"
                        + " JOIN organisation o ON o.id = p.organisation_id"
                        + " WHERE p.id = ANY (?) ORDER BY p.id",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("bigint", idArray));
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            ProjectEntity p = entity(rs);
                            projects.put(p.id(), p);
                            organisationNames.put(p.id(), rs.getString(15));
                            organisationVerified.put(p.id(), rs.getBoolean(16));
                        }
                    }
                    return null;
                });
        Map<Long, List<String>> regions = codes("project_region", "region_code", idArray);
        Map<Long, List<String>> groups = codes("project_target_group", "target_group_code", idArray);
        Map<Long, List<String>> categories = codes("project_service_category", "category_code", idArray);
        List<ProjectRow> rows = new ArrayList<>(projects.size());
        projects.forEach((id, p) -> rows.add(new ProjectRow(
                p,
                organisationNames.get(id),
                organisationVerified.getOrDefault(id, false),
                regions.getOrDefault(id, List.of()),
                groups.getOrDefault(id, List.of()),
                categories.getOrDefault(id, List.of()))));
        return rows;
    }

    /** One organisation's project ids, newest first. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Long> idsOfOrganisation(long organisationId) {
        return jdbc.prepareStatement(
                "SELECT id FROM project WHERE organisation_id = ? ORDER BY updated_at DESC, id DESC LIMIT 1000",
                statement -> {
                    statement.setLong(1, organisationId);
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    return ids;
                });
    }

    /** Project ids after {@code afterId}, ascending: keyset paging for a full rebuild. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Long> idsAfter(long afterId, int limit) {
        return jdbc.prepareStatement("SELECT id FROM project WHERE id > ? ORDER BY id LIMIT ?", statement -> {
            statement.setLong(1, afterId);
            statement.setInt(2, limit);
            List<Long> ids = new ArrayList<>(limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    long count() {
        return jdbc.prepareStatement("SELECT count(*) FROM project", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private Map<Long, List<String>> codes(String table, String column, Long[] ids) {
        return jdbc.prepareStatement(
                "SELECT project_id, " + column + " FROM " + table + " WHERE project_id = ANY (?) ORDER BY project_id, "
                        + column,
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids));
                    Map<Long, List<String>> result = new HashMap<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(rs.getString(2));
                        }
                    }
                    return result;
                });
    }

    private static ProjectEntity entity(ResultSet rs) throws SQLException {
        return new ProjectEntity(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, java.time.LocalDate.class),
                rs.getObject(9, java.time.LocalDate.class),
                rs.getLong(10),
                rs.getBoolean(11),
                rs.getLong(12),
                rs.getTimestamp(13).toInstant(),
                rs.getTimestamp(14).toInstant());
    }
}
