package org.qianshou.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.functional.ThrowingFunction;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.qianshou.taxonomy.ProtectedGroups;

/**
 * The public picture of the whole platform, read with SQL from the other features' tables: this package is a read
 * model (like {@code funding.disclosure}), it owns no table and writes nothing (ArchitectureTest states the exception).
 *
 * <p>What each figure counts — the definitions the statistics page and {@code StatisticsIT} share:
 *
 * <ul>
 *   <li><b>public project</b>: {@code project.status} published or closed, of a verified organisation (what the
 *       project search lists);
 *   <li><b>confirmed minutes</b>: the minutes of the current version of each {@code confirmed} service record; a
 *       record belongs where its shift's opening is ({@code opening.region_code});
 *   <li><b>awarded fen</b>: the amount of every award the public sees (approved, accepted or completed) of a
 *       published or closed call, matching awards included; an award belongs to each region of its project, so a
 *       project in two prefectures counts in both (the prefectures' sum can exceed the province's total);
 *   <li><b>paid fen</b>: approved payments of those awards;
 *   <li><b>published story</b>: {@code story.status = 'published'}, of a verified organisation (a suspended
 *       organisation's stories leave the public site, and so these figures and the open data), where its region is.
 * </ul>
 *
 * What a suspended organisation leaves (docs/adr/0014): the public site, so its projects and stories leave these
 * figures; the money awarded and paid to it stays, as the disclosure keeps showing it, and so do volunteers' confirmed
 * hours.
 *
 * <p>A region's figures count everything whose region is the region or below it; something placed only at a level
 * above (a project for the whole province or prefecture) counts there and not in the regions below.
 */
@Singleton
class StatisticsRepository {

    static final int FETCH = 500;

    static final String PUBLIC_PROJECT = "p.status IN ('published', 'closed') AND EXISTS (SELECT 1 FROM organisation"
            + " po WHERE po.id = p.organisation_id AND po.status = 'verified')";

    /** A story the public sees: published, of a verified organisation (as its page and the story search). */
    static final String PUBLIC_STORY = "s.status = 'published' AND EXISTS (SELECT 1 FROM organisation so WHERE so.id ="
            + " s.organisation_id AND so.status = 'verified')";

    static final String PUBLIC_AWARD = "a.status IN ('approved', 'accepted', 'completed') AND EXISTS (SELECT 1 FROM"
            + " funding_call c WHERE c.id = a.call_id AND c.status IN ('published', 'closed'))";

    record Headline(
            long verifiedOrganisations,
            long publicProjects,
            long volunteers,
            long confirmedMinutes,
            long awardedFen,
            long paidFen,
            long publishedStories) {}

    /** One region's figures. */
    record Measures(long projects, long confirmedMinutes, long awardedFen, long stories) {
        static final Measures NONE = new Measures(0, 0, 0, 0);
    }

    record RegionName(String code, String name) {}

    private final JdbcOperations jdbc;

    StatisticsRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Headline headline() {
        String sql = "SELECT (SELECT count(*) FROM organisation WHERE status = 'verified'),"
                + " (SELECT count(*) FROM project p WHERE " + PUBLIC_PROJECT + "),"
                + " (SELECT count(*) FROM volunteer),"
                + " (SELECT coalesce(sum(v.minutes), 0) FROM service_record r JOIN service_record_version v"
                + " ON v.record_id = r.id AND v.version = r.current_version WHERE r.status = 'confirmed'),"
                + " (SELECT coalesce(sum(a.amount_fen), 0) FROM funding_award a WHERE " + PUBLIC_AWARD + "),"
                + " (SELECT coalesce(sum(pay.amount_fen), 0) FROM funding_payment pay JOIN funding_tranche t"
                + " ON t.id = pay.tranche_id JOIN funding_award a ON a.id = t.award_id WHERE pay.status = 'approved'"
                + " AND " + PUBLIC_AWARD + "),"
                + " (SELECT count(*) FROM story s WHERE " + PUBLIC_STORY + ")";
        return jdbc.prepareStatement(sql, st -> {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Headline(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7));
            }
        });
    }

    /** The regions one level below {@code parent} ({@code codeLength} long), by code. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<RegionName> children(String parent, int codeLength) {
        return jdbc.prepareStatement(
                "SELECT code, name FROM region WHERE parent_code = ? AND length(code) = ? ORDER BY code", st -> {
                    st.setString(1, parent);
                    st.setInt(2, codeLength);
                    List<RegionName> rows = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new RegionName(rs.getString(1), rs.getString(2)));
                        }
                    }
                    return rows;
                });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public @Nullable RegionName region(String code) {
        return jdbc.prepareStatement("SELECT code, name FROM region WHERE code = ?", st -> {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new RegionName(rs.getString(1), rs.getString(2)) : null;
            }
        });
    }

    /**
     * Every figure of the regions under {@code prefix} whose codes are {@code codeLength} long (the prefectures
     * under {@code 53}, the counties under {@code 5306}), plus the region {@code prefix} itself under its own code.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Map<String, Measures> measures(String prefix, int codeLength) {
        Map<String, long[]> values = new LinkedHashMap<>();
        String like = prefix + "%";
        // the key of a region code: its ancestor of codeLength under prefix, or prefix itself for the region's own
        String key = "CASE WHEN length(%1$s) >= %2$d THEN substr(%1$s, 1, %2$d) ELSE '%3$s' END";
        add(
                values,
                0,
                like,
                "SELECT k, count(*) FROM (SELECT DISTINCT p.id, " + key(key, "pr.region_code", codeLength, prefix)
                        + " AS k FROM project p JOIN project_region pr ON pr.project_id = p.id WHERE " + PUBLIC_PROJECT
                        + " AND pr.region_code LIKE ?) x GROUP BY k");
        add(
                values,
                1,
                like,
                "SELECT " + key(key, "o.region_code", codeLength, prefix) + ", sum(v.minutes) FROM service_record"
                        + " r JOIN service_record_version v ON v.record_id = r.id AND v.version = r.current_version"
                        + " JOIN shift s ON s.id = r.shift_id JOIN opening o ON o.id = s.opening_id"
                        + " WHERE r.status = 'confirmed' AND o.region_code LIKE ? GROUP BY 1");
        add(
                values,
                2,
                like,
                "SELECT x.k, sum(a.amount_fen) FROM funding_award a JOIN (SELECT DISTINCT"
                        + " pr.project_id, " + key(key, "pr.region_code", codeLength, prefix)
                        + " AS k FROM project_region pr"
                        + " WHERE pr.region_code LIKE ?) x ON x.project_id = a.project_id WHERE " + PUBLIC_AWARD
                        + " GROUP BY x.k");
        add(
                values,
                3,
                like,
                "SELECT " + key(key, "s.region_code", codeLength, prefix) + ", count(*) FROM story s" + " WHERE "
                        + PUBLIC_STORY + " AND s.region_code LIKE ? GROUP BY 1");
        Map<String, Measures> result = new LinkedHashMap<>();
        values.forEach((code, v) -> result.put(code, new Measures(v[0], v[1], v[2], v[3])));
        return result;
    }

    private static String key(String template, String column, int codeLength, String prefix) {
        if (!prefix.matches("[0-9]{2,9}")) {
            throw new IllegalArgumentException("not a region code: " + prefix);
        }
        return String.format(template, column, codeLength, prefix);
    }

    private void add(Map<String, long[]> values, int measure, String like, String sql) {
        jdbc.prepareStatement(sql, st -> {
            st.setString(1, like);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.computeIfAbsent(rs.getString(1), k -> new long[4])[measure] = rs.getLong(2);
                }
            }
            return null;
        });
    }

    // ---- open data: the public lists, read through a server-side cursor

    record ProjectRow(
            long id,
            String title,
            long organisationId,
            String organisationName,
            String status,
            String programme,
            @Nullable String fundingType,
            String regionCodes,
            String regionNames,
            String targetGroups,
            String serviceCategories,
            String startDate,
            String endDate,
            long budgetFen,
            boolean demo) {}

    record OrganisationRow(
            long id,
            String name,
            String kind,
            String subtype,
            String registeredRegionCode,
            String registeredRegion,
            String serviceRegionCodes,
            String targetGroups,
            String serviceCategories,
            int socialWorkersAssistant,
            int socialWorkersIntermediate,
            int socialWorkersSenior,
            boolean demo) {}

    record StoryRow(
            long id,
            String title,
            String summary,
            long organisationId,
            String organisationName,
            long projectId,
            String projectTitle,
            String regionCode,
            String regionName,
            String targetGroups,
            @Nullable String serviceCategory,
            @Nullable String programme,
            @Nullable Instant publishedAt,
            boolean demo) {}

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void publicProjects(Consumer<ProjectRow> sink) {
        String sql = "SELECT p.id, p.title, p.organisation_id, og.name, p.status, p.programme_code,"
                + " p.funding_type_code,"
                + " (SELECT string_agg(pr.region_code, ';' ORDER BY pr.region_code) FROM project_region pr"
                + " WHERE pr.project_id = p.id),"
                + " (SELECT string_agg(r.name, ';' ORDER BY r.code) FROM project_region pr JOIN region r"
                + " ON r.code = pr.region_code WHERE pr.project_id = p.id),"
                + " (SELECT string_agg(t.target_group_code, ';' ORDER BY t.target_group_code) FROM"
                + " project_target_group t WHERE t.project_id = p.id),"
                + " (SELECT string_agg(c.category_code, ';' ORDER BY c.category_code) FROM project_service_category c"
                + " WHERE c.project_id = p.id),"
                + " p.start_date::text, p.end_date::text, p.budget_fen, p.demo"
                + " FROM project p JOIN organisation og ON og.id = p.organisation_id WHERE " + PUBLIC_PROJECT
                + " ORDER BY p.id";
        stream(
                sql,
                rs -> new ProjectRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        text(rs.getString(8)),
                        text(rs.getString(9)),
                        text(rs.getString(10)),
                        text(rs.getString(11)),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getLong(14),
                        rs.getBoolean(15)),
                sink);
    }

    /** Verified organisations, public facts only: never the representative, address, phone, e-mail or members. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void verifiedOrganisations(Consumer<OrganisationRow> sink) {
        String sql = "SELECT o.id, o.name, o.kind, o.subtype, o.registered_region_code, r.name,"
                + " (SELECT string_agg(s.region_code, ';' ORDER BY s.region_code) FROM organisation_service_region s"
                + " WHERE s.organisation_id = o.id),"
                + " (SELECT string_agg(t.target_group_code, ';' ORDER BY t.target_group_code) FROM"
                + " organisation_target_group t WHERE t.organisation_id = o.id),"
                + " (SELECT string_agg(c.category_code, ';' ORDER BY c.category_code) FROM"
                + " organisation_service_category c WHERE c.organisation_id = o.id),"
                + " o.social_workers_assistant, o.social_workers_intermediate, o.social_workers_senior, o.demo"
                + " FROM organisation o JOIN region r ON r.code = o.registered_region_code"
                + " WHERE o.status = 'verified' ORDER BY o.id";
        stream(
                sql,
                rs -> new OrganisationRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        text(rs.getString(7)),
                        text(rs.getString(8)),
                        text(rs.getString(9)),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getInt(12),
                        rs.getBoolean(13)),
                sink);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void publishedStories(Consumer<StoryRow> sink) {
        // a story about children or another protected group (its own groups or its project's) leaves its project's
        // title out: titles often name the village (串九村留守儿童之家), which the story itself may not (review s18 M3;
        // the story page and search leave out only a title that names a place, which needs the story feature's check)
        String sql = "SELECT s.id, s.title, s.summary, s.organisation_id, o.name, s.project_id,"
                + " CASE WHEN EXISTS (SELECT 1 FROM story_target_group g WHERE g.story_id = s.id AND g.target_group_code"
                + " = ANY (?)) OR EXISTS (SELECT 1 FROM project_target_group g WHERE g.project_id = s.project_id AND"
                + " g.target_group_code = ANY (?)) THEN '' ELSE p.title END,"
                + " s.region_code, r.name,"
                + " (SELECT string_agg(t.target_group_code, ';' ORDER BY t.target_group_code) FROM story_target_group t"
                + " WHERE t.story_id = s.id),"
                + " s.service_category_code, s.programme_code, s.published_at, s.demo"
                + " FROM story s JOIN organisation o ON o.id = s.organisation_id JOIN project p ON p.id = s.project_id"
                + " JOIN region r ON r.code = s.region_code WHERE " + PUBLIC_STORY + " ORDER BY s.id";
        // the protected groups are the taxonomy's one list (the story page and search use it too), bound as an array
        String[] protectedGroups = ProtectedGroups.CODES.toArray(String[]::new);
        stream(
                sql,
                st -> {
                    st.setArray(1, st.getConnection().createArrayOf("varchar", protectedGroups));
                    st.setArray(2, st.getConnection().createArrayOf("varchar", protectedGroups));
                },
                rs -> {
                    Timestamp published = rs.getTimestamp(13);
                    return new StoryRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getString(5),
                            rs.getLong(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            text(rs.getString(10)),
                            rs.getString(11),
                            rs.getString(12),
                            published == null ? null : published.toInstant(),
                            rs.getBoolean(14));
                },
                sink);
    }

    /** Hands the rows of {@code sql} to {@code sink} one by one as a cursor reads them, {@link #FETCH} at a time. */
    private <T> void stream(String sql, ThrowingFunction<ResultSet, T, SQLException> row, Consumer<T> sink) {
        stream(sql, st -> {}, row, sink);
    }

    /** As {@link #stream(String, ThrowingFunction, Consumer)}, with the statement's parameters set by {@code parameters}. */
    private <T> void stream(
            String sql,
            ThrowingConsumer<PreparedStatement> parameters,
            ThrowingFunction<ResultSet, T, SQLException> row,
            Consumer<T> sink) {
        jdbc.prepareStatement(sql, st -> {
            parameters.accept(st);
            st.setFetchSize(FETCH);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row.apply(rs));
                }
            }
            return null;
        });
    }

    /** Sets a statement's parameters. */
    @FunctionalInterface
    private interface ThrowingConsumer<T> {
        void accept(T value) throws SQLException;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
