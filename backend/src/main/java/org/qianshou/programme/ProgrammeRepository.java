package org.qianshou.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.functional.ThrowingFunction;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qianshou.programme.ProgrammeViews.ActivityTotals;
import org.qianshou.programme.ProgrammeViews.ActivityView;
import org.qianshou.programme.ProgrammeViews.DesignationView;
import org.qianshou.programme.ProgrammeViews.DispatchView;
import org.qianshou.programme.ProgrammeViews.PartnershipView;
import org.qianshou.programme.ProgrammeViews.PrefectureCount;
import org.qianshou.programme.ProgrammeViews.SupportEntryView;
import org.qianshou.programme.ProgrammeViews.SupportTotals;
import org.qianshou.programme.ProgrammeViews.TwinningPairView;
import org.qianshou.programme.ProgrammeViews.YearCount;

/**
 * The programmes' rows, and the figures counted from them in SQL at request time. Each figure (see
 * {@link Programmes#definition}):
 *
 * <ul>
 *   <li>{@code university-partnership}: distinct universities, a university being its organisation when it is on the
 *       platform and its trimmed, lower-cased name otherwise. Year Y: universities with a partnership whose
 *       {@code start_date <= Y-12-31} and whose {@code end_date} is empty or {@code >= Y-01-01}. Total: universities
 *       with any partnership. Towards the target: universities with a partnership active on a day of 2017-01-01..2020-12-31. Prefecture
 *       P: universities with a partnership whose county's code starts with P.
 *   <li>{@code twinning}: distinct Yunnan agencies ({@code agency_organisation_id}). Year Y: agencies with a pair active
 *       on a day of Y (as above). Total: agencies in any pair. Towards the target: agencies with a pair active on a day
 *       of 2017-01-01..2020-12-31. Prefecture P: agencies whose registered region's code starts with P.
 *   <li>{@code talent-dispatch}: the sum of {@code workers}. Year Y: dispatches whose {@code start_date} falls in Y.
 *       Total: all dispatches. Prefecture P: dispatches to a place whose code starts with P.
 *   <li>{@code demonstration}: designations not withdrawn, of a published or closed project of a verified
 *       organisation (what the public may see). Year Y: those of year Y. Total: all. Prefecture P:
 *       designations of a project with a region (in {@code project_region}) whose code starts with P, each once.
 * </ul>
 *
 * A record counts, and is listed to the public, only while every organisation of the platform it names is verified
 * (a pair's Yunnan agency and its partner when on the platform, a partnership's university when on the platform, a
 * dispatch's sending organisation when there is one, a designation's project's organisation): a suspended
 * organisation leaves the public site, and with it every public figure (as the statistics' projects and stories).
 *
 * <p>Demo rows count like the others (as in the platform's other figures); {@code demo} is the total over demo rows only.
 * Years run from {@link Programmes#FIRST_YEAR} to the current year (Asia/Shanghai), every year listed (0 when none);
 * prefectures are the 16 children of region 53, every one listed. Plain SQL: the figures are aggregates over several
 * features' tables (the organisation's place, the project's regions), as a read model.
 */
@Singleton
class ProgrammeRepository {

    private static final String UNIVERSITY_KEY =
            "coalesce('o' || p.university_organisation_id::text, 'n' || lower(btrim(p.university_name)))";
    private static final String ACTIVE_IN_YEAR =
            "p.start_date <= make_date(y, 12, 31) AND (p.end_date IS NULL OR p.end_date >= make_date(y, 1, 1))";
    private static final String TARGET_PERIOD = "p.start_date <= make_date(" + Programmes.TARGET_YEAR
            + ", 12, 31) AND (p.end_date IS NULL OR p.end_date >= make_date(" + Programmes.FIRST_YEAR + ", 1, 1))";
    private static final String YEARS = "generate_series(" + Programmes.FIRST_YEAR + ", ?) AS y";
    private static final String PREFECTURES = "region r";
    private static final String PREFECTURE_WHERE = " WHERE r.parent_code = '53'";
    /** A designation that counts: not withdrawn, of a project the public sees (published or closed, verified). */
    private static final String LIVE_DESIGNATION = "p.withdrawn_at IS NULL AND EXISTS (SELECT 1 FROM project pj"
            + " JOIN organisation po ON po.id = pj.organisation_id WHERE pj.id = p.project_id"
            + " AND pj.status IN ('published', 'closed') AND po.status = 'verified')";

    /** An organisation of the platform the public sees: verified (a suspended one leaves the public site). */
    private static String verified(String column) {
        return "EXISTS (SELECT 1 FROM organisation vo WHERE vo.id = " + column + " AND vo.status = 'verified')";
    }

    /** A partnership the public sees: its university, when on the platform, verified. */
    private static final String LIVE_PARTNERSHIP =
            "(p.university_organisation_id IS NULL OR " + verified("p.university_organisation_id") + ")";
    /** A pair the public sees: its Yunnan agency verified, and its partner too when the partner is on the platform. */
    private static final String LIVE_PAIR = verified("p.agency_organisation_id")
            + " AND (p.partner_organisation_id IS NULL OR " + verified("p.partner_organisation_id") + ")";
    /** A dispatch the public sees: its sending organisation, when there is one, verified. */
    private static final String LIVE_DISPATCH =
            "(p.sending_organisation_id IS NULL OR " + verified("p.sending_organisation_id") + ")";

    /** The figures of one programme as SQL: total, towards the target (or none), by year, by prefecture. */
    private record FigureSql(
            String total, String demo, @Nullable String towards, String byYear, String byPrefecture) {}

    /** The counted figures of one programme. */
    record Counted(
            long total,
            long demo,
            @Nullable Long towards,
            List<YearCount> byYear,
            List<PrefectureCount> byPrefecture) {}

    /** What a write needs to know of a pair, partnership, dispatch or designation. */
    record Facts(
            long id,
            long version,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            long organisationId) {}

    private final JdbcOperations jdbc;

    ProgrammeRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    private static FigureSql sql(String code) {
        return switch (code) {
            case Programmes.UNIVERSITY ->
                distinctActive(
                        UNIVERSITY_KEY, PARTNERSHIPS, "university_partnership p ON left(p.county_code, 4) = r.code");
            case Programmes.TWINNING ->
                distinctActive(
                        "p.agency_organisation_id",
                        PAIRS,
                        "(twinning_pair p JOIN organisation o ON o.id = p.agency_organisation_id)"
                                + " ON left(o.registered_region_code, 4) = r.code");
            case Programmes.DISPATCH ->
                new FigureSql(
                        "SELECT coalesce(sum(p.workers), 0) FROM talent_dispatch p WHERE " + LIVE_DISPATCH,
                        "SELECT coalesce(sum(p.workers), 0) FROM talent_dispatch p WHERE p.demo AND " + LIVE_DISPATCH,
                        null,
                        "SELECT y, coalesce(sum(p.workers), 0) FROM " + YEARS
                                + " LEFT JOIN talent_dispatch p ON extract(year FROM p.start_date) = y AND "
                                + LIVE_DISPATCH + " GROUP BY y ORDER BY y",
                        "SELECT r.code, r.name, coalesce(sum(p.workers), 0) FROM " + PREFECTURES
                                + " LEFT JOIN talent_dispatch p ON left(p.region_code, 4) = r.code AND "
                                + LIVE_DISPATCH + PREFECTURE_WHERE + " GROUP BY r.code, r.name ORDER BY r.code");
            case Programmes.DEMONSTRATION ->
                new FigureSql(
                        "SELECT count(*) FROM demonstration_designation p WHERE " + LIVE_DESIGNATION,
                        "SELECT count(*) FROM demonstration_designation p WHERE p.demo AND " + LIVE_DESIGNATION,
                        null,
                        "SELECT y, count(p.id) FROM " + YEARS
                                + " LEFT JOIN demonstration_designation p ON p.year = y AND " + LIVE_DESIGNATION
                                + " GROUP BY y ORDER BY y",
                        "SELECT r.code, r.name, count(DISTINCT d.id) FROM " + PREFECTURES
                                + " LEFT JOIN (SELECT left(pr.region_code, 4) AS prefecture, p.id"
                                + " FROM demonstration_designation p JOIN project_region pr ON pr.project_id = p.project_id"
                                + " WHERE " + LIVE_DESIGNATION + ") d ON d.prefecture = r.code"
                                + PREFECTURE_WHERE + " GROUP BY r.code, r.name ORDER BY r.code");
            default -> throw new IllegalArgumentException(code);
        };
    }

    /**
     * The figures of a dated kind (partnerships, pairs) that count distinct {@code counted} values of the records the
     * public sees: all of them, the demo ones, those active on a day of the target period, those active on a day of
     * each year, and by prefecture through {@code prefectureJoin} (a join source and its {@code ON} condition on
     * {@code r.code}).
     */
    private static FigureSql distinctActive(String counted, Kind<?> kind, String prefectureJoin) {
        String count = "count(DISTINCT " + counted + ")";
        String from = " FROM " + kind.table() + " p WHERE ";
        return new FigureSql(
                "SELECT " + count + from + kind.live(),
                "SELECT " + count + from + "p.demo AND " + kind.live(),
                "SELECT " + count + from + TARGET_PERIOD + " AND " + kind.live(),
                "SELECT y, " + count + " FROM " + YEARS + " LEFT JOIN " + kind.table() + " p ON " + ACTIVE_IN_YEAR
                        + " AND " + kind.live() + " GROUP BY y ORDER BY y",
                "SELECT r.code, r.name, " + count + " FROM " + PREFECTURES + " LEFT JOIN " + prefectureJoin + " AND "
                        + kind.live() + PREFECTURE_WHERE + " GROUP BY r.code, r.name ORDER BY r.code");
    }

    /** The programme's figures, years {@link Programmes#FIRST_YEAR} to {@code lastYear}. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Counted count(String code, int lastYear) {
        FigureSql sql = sql(code);
        long total = single(sql.total());
        long demo = single(sql.demo());
        Long towards = sql.towards() == null ? null : single(sql.towards());
        List<YearCount> years = list(sql.byYear(), rs -> new YearCount(rs.getInt(1), rs.getLong(2)), lastYear);
        List<PrefectureCount> prefectures =
                list(sql.byPrefecture(), rs -> new PrefectureCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
        return new Counted(total, demo, towards, years, prefectures);
    }

    /** A programme's names and the policy's wording of its target (the {@code programme} table). */
    record Named(
            String code,
            String nameZh,
            String nameEn,
            @Nullable String targetZh,
            @Nullable String targetEn) {}

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Named> programmes() {
        return list(
                "SELECT code, name_zh, name_en, target_zh, target_en FROM programme ORDER BY sort_order, code",
                rs -> new Named(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    // ---- records, as the public sees them

    private static final String PAIR = "SELECT p.id, p.partner_name, p.partner_province, p.partner_city,"
            + " p.partner_organisation_id, p.agency_organisation_id, o.name, pf.code, pf.name, p.start_date,"
            + " p.end_date, p.demo, p.version,"
            + " (SELECT coalesce(sum(s.count) FILTER (WHERE s.kind = 'people-sent'), 0) FROM twinning_support s"
            + " WHERE s.pair_id = p.id),"
            + " (SELECT coalesce(sum(s.count) FILTER (WHERE s.kind = 'supervision'), 0) FROM twinning_support s"
            + " WHERE s.pair_id = p.id),"
            + " (SELECT coalesce(sum(s.count) FILTER (WHERE s.kind = 'training'), 0) FROM twinning_support s"
            + " WHERE s.pair_id = p.id),"
            + " (SELECT coalesce(sum(s.count) FILTER (WHERE s.kind = 'joint-project'), 0) FROM twinning_support s"
            + " WHERE s.pair_id = p.id)"
            + " FROM twinning_pair p JOIN organisation o ON o.id = p.agency_organisation_id"
            + " LEFT JOIN region pf ON pf.code = left(o.registered_region_code, 4) AND pf.level = 'prefecture'";

    private static TwinningPairView pair(ResultSet rs) throws SQLException {
        return new TwinningPairView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                nullableLong(rs, 5),
                rs.getLong(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getObject(10, LocalDate.class),
                rs.getObject(11, LocalDate.class),
                new SupportTotals(rs.getLong(14), rs.getLong(15), rs.getLong(16), rs.getLong(17)),
                rs.getBoolean(12),
                rs.getLong(13));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<TwinningPairView> pairsOfAgency(long organisationId) {
        return list(
                PAIR + " WHERE p.agency_organisation_id = ? ORDER BY p.start_date DESC, p.id DESC",
                ProgrammeRepository::pair,
                organisationId);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<SupportEntryView> supportLog(long pairId) {
        return entries(SUPPORT, pairId);
    }

    private static final String PARTNERSHIP = "SELECT p.id, p.university_organisation_id, p.university_name,"
            + " p.county_code, c.name, pf.code, pf.name, p.start_date, p.end_date, p.demo, p.version,"
            + " (SELECT coalesce(sum(a.count) FILTER (WHERE a.kind = 'internship-base'), 0)"
            + " FROM university_partnership_activity a WHERE a.partnership_id = p.id),"
            + " (SELECT coalesce(sum(a.count) FILTER (WHERE a.kind = 'students-placed'), 0)"
            + " FROM university_partnership_activity a WHERE a.partnership_id = p.id),"
            + " (SELECT coalesce(sum(a.count) FILTER (WHERE a.kind = 'teacher-practice'), 0)"
            + " FROM university_partnership_activity a WHERE a.partnership_id = p.id)"
            + " FROM university_partnership p JOIN region c ON c.code = p.county_code"
            + " LEFT JOIN region pf ON pf.code = left(p.county_code, 4) AND pf.level = 'prefecture'";

    private static PartnershipView partnership(ResultSet rs) throws SQLException {
        return new PartnershipView(
                rs.getLong(1),
                nullableLong(rs, 2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class),
                new ActivityTotals(rs.getLong(12), rs.getLong(13), rs.getLong(14)),
                rs.getBoolean(10),
                rs.getLong(11));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<ActivityView> activities(long partnershipId) {
        return entries(ACTIVITIES, partnershipId);
    }

    private static final String DISPATCH = "SELECT p.id, p.region_code, r.name, r.level, c.name, pf.code, pf.name,"
            + " p.qualification_level, p.workers, p.start_date, p.end_date, p.sending_organisation_id, o.name,"
            + " p.demo, p.version"
            + " FROM talent_dispatch p JOIN region r ON r.code = p.region_code"
            + " LEFT JOIN region c ON c.code = left(p.region_code, 6) AND c.level = 'county'"
            + " LEFT JOIN region pf ON pf.code = left(p.region_code, 4) AND pf.level = 'prefecture'"
            + " LEFT JOIN organisation o ON o.id = p.sending_organisation_id";

    private static DispatchView dispatch(ResultSet rs) throws SQLException {
        return new DispatchView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getInt(9),
                rs.getObject(10, LocalDate.class),
                rs.getObject(11, LocalDate.class),
                nullableLong(rs, 12),
                rs.getString(13),
                rs.getBoolean(14),
                rs.getLong(15));
    }

    private static final String DESIGNATION = "SELECT p.id, p.project_id, pj.title, o.id, o.name, p.year, p.category,"
            + " p.withdrawn_at IS NOT NULL, p.demo, p.version FROM demonstration_designation p"
            + " JOIN project pj ON pj.id = p.project_id JOIN organisation o ON o.id = pj.organisation_id";

    private static DesignationView designation(ResultSet rs) throws SQLException {
        return new DesignationView(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getBoolean(8),
                rs.getBoolean(9),
                rs.getLong(10));
    }

    // ---- the four kinds of record, and what their reads share

    /**
     * A kind of programme record, whose public view is a {@code V}: its table, the condition under which the public
     * sees a row (and the figures count it), the public view's select (alias {@code p} for the table), its order in
     * the public list, and for the dated kinds the select of what a write needs, locked. (The view's row mapper stays
     * in this class, see {@link #rowOf}: JDBC stays in the repository.)
     */
    record Kind<V>(
            String table,
            String live,
            String select,
            String order,
            @Nullable String facts) {}

    private static final String DATED_ORDER = " ORDER BY p.start_date DESC, p.id DESC";

    static final Kind<TwinningPairView> PAIRS = new Kind<>(
            "twinning_pair",
            LIVE_PAIR,
            PAIR,
            DATED_ORDER,
            "SELECT id, version, start_date, end_date, agency_organisation_id FROM twinning_pair WHERE id = ?"
                    + " FOR UPDATE");
    static final Kind<PartnershipView> PARTNERSHIPS = new Kind<>(
            "university_partnership",
            LIVE_PARTNERSHIP,
            PARTNERSHIP,
            DATED_ORDER,
            "SELECT id, version, start_date, end_date, coalesce(university_organisation_id, 0)"
                    + " FROM university_partnership WHERE id = ? FOR UPDATE");
    static final Kind<DispatchView> DISPATCHES = new Kind<>(
            "talent_dispatch",
            LIVE_DISPATCH,
            DISPATCH,
            DATED_ORDER,
            "SELECT id, version, start_date, end_date, coalesce(sending_organisation_id, 0) FROM talent_dispatch"
                    + " WHERE id = ? FOR UPDATE");
    static final Kind<DesignationView> DESIGNATIONS = new Kind<>(
            "demonstration_designation", LIVE_DESIGNATION, DESIGNATION, " ORDER BY p.year DESC, p.id DESC", null);

    /** How a row of the kind's select becomes its view. */
    @SuppressWarnings("unchecked")
    private static <V> ThrowingFunction<ResultSet, V, SQLException> rowOf(Kind<V> kind) {
        ThrowingFunction<ResultSet, ?, SQLException> row = switch (kind.table()) {
            case "twinning_pair" -> ProgrammeRepository::pair;
            case "university_partnership" -> ProgrammeRepository::partnership;
            case "talent_dispatch" -> ProgrammeRepository::dispatch;
            case "demonstration_designation" -> ProgrammeRepository::designation;
            default -> throw new IllegalArgumentException(kind.table());
        };
        return (ThrowingFunction<ResultSet, V, SQLException>) row;
    }

    /** A page of the records the public sees, in the kind's order. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    <V> List<V> page(Kind<V> kind, int limit, long offset) {
        return list(
                kind.select() + " WHERE " + kind.live() + kind.order() + " LIMIT ? OFFSET ?",
                rowOf(kind),
                limit,
                offset);
    }

    /** One record, whether the public sees it or not (its administrators and agency do). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    <V> Optional<V> one(Kind<V> kind, long id) {
        return list(kind.select() + " WHERE p.id = ?", rowOf(kind), id).stream().findFirst();
    }

    /** How many records of the kind the public list holds. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    long countRecords(Kind<?> kind) {
        return single("SELECT count(*) FROM " + kind.table() + " p WHERE " + kind.live());
    }

    /** What a write needs of a dated record, locked for the write. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<Facts> facts(Kind<?> kind, long id) {
        if (kind.facts() == null) {
            throw new IllegalArgumentException(kind.table());
        }
        return list(
                        kind.facts(),
                        rs -> new Facts(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class),
                                rs.getLong(5)),
                        id)
                .stream()
                .findFirst();
    }

    /** Ends a dated record on a day. @return whether the row at that version was changed */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean end(Kind<?> kind, long id, long version, LocalDate end) {
        if (kind.facts() == null) {
            throw new IllegalArgumentException(kind.table());
        }
        return update(
                        "UPDATE " + kind.table() + " SET end_date = ?, version = version + 1, updated_at = now()"
                                + " WHERE id = ? AND version = ?",
                        end,
                        id,
                        version)
                == 1;
    }

    // ---- the two logs of dated entries: a pair's support, a partnership's activities

    /** What a log's entry becomes: its view. */
    @FunctionalInterface
    interface EntryView<V> {
        V of(long id, String kind, LocalDate date, int count, String note, boolean demo);
    }

    /** A log of entries (kind, day, count, note) of a record: its table, the column naming the record, its view. */
    record EntryLog<V>(String table, String parent, EntryView<V> view) {}

    static final EntryLog<SupportEntryView> SUPPORT =
            new EntryLog<>("twinning_support", "pair_id", SupportEntryView::new);
    static final EntryLog<ActivityView> ACTIVITIES =
            new EntryLog<>("university_partnership_activity", "partnership_id", ActivityView::new);

    private static final String ENTRY = "SELECT id, kind, happened_on, count, note, demo FROM ";

    private static <V> ThrowingFunction<ResultSet, V, SQLException> entryOf(EntryLog<V> log) {
        return rs -> log.view()
                .of(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getBoolean(6));
    }

    /** A record's entries, newest first. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    <V> List<V> entries(EntryLog<V> log, long parentId) {
        return list(
                ENTRY + log.table() + " WHERE " + log.parent() + " = ? ORDER BY happened_on DESC, id DESC",
                entryOf(log),
                parentId);
    }

    /** One entry. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    <V> V entry(EntryLog<V> log, long id) {
        return list(ENTRY + log.table() + " WHERE id = ?", entryOf(log), id).stream()
                .findFirst()
                .orElseThrow();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    long insertEntry(
            EntryLog<?> log,
            long parentId,
            String kind,
            LocalDate date,
            int count,
            String note,
            boolean demo,
            @Nullable Long by) {
        return single(
                "INSERT INTO " + log.table() + " (" + log.parent() + ", kind, happened_on, count, note, demo,"
                        + " created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                parentId,
                kind,
                date,
                count,
                note,
                demo,
                by);
    }

    // ---- writes

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    long insertPair(
            String partnerName,
            String province,
            String city,
            @Nullable Long partnerId,
            long agencyId,
            LocalDate start,
            @Nullable LocalDate end,
            boolean demo,
            @Nullable Long by) {
        return single(
                "INSERT INTO twinning_pair (partner_name, partner_province, partner_city, partner_organisation_id,"
                        + " agency_organisation_id, start_date, end_date, demo, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                partnerName,
                province,
                city,
                partnerId,
                agencyId,
                start,
                end,
                demo,
                by);
    }

    /** @return whether the row at that version was changed (the version then goes up by one) */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean updatePair(
            long id,
            long version,
            String partnerName,
            String province,
            String city,
            @Nullable Long partnerId,
            long agencyId,
            LocalDate start,
            @Nullable LocalDate end) {
        return update(
                        "UPDATE twinning_pair SET partner_name = ?, partner_province = ?, partner_city = ?,"
                                + " partner_organisation_id = ?, agency_organisation_id = ?, start_date = ?,"
                                + " end_date = ?, version = version + 1, updated_at = now()"
                                + " WHERE id = ? AND version = ?",
                        partnerName,
                        province,
                        city,
                        partnerId,
                        agencyId,
                        start,
                        end,
                        id,
                        version)
                == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    long insertPartnership(
            @Nullable Long universityId,
            String name,
            String county,
            LocalDate start,
            @Nullable LocalDate end,
            boolean demo,
            @Nullable Long by) {
        return single(
                "INSERT INTO university_partnership (university_organisation_id, university_name, county_code,"
                        + " start_date, end_date, demo, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                universityId,
                name,
                county,
                start,
                end,
                demo,
                by);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean updatePartnership(
            long id,
            long version,
            @Nullable Long universityId,
            String name,
            String county,
            LocalDate start,
            @Nullable LocalDate end) {
        return update(
                        "UPDATE university_partnership SET university_organisation_id = ?, university_name = ?,"
                                + " county_code = ?, start_date = ?, end_date = ?, version = version + 1,"
                                + " updated_at = now() WHERE id = ? AND version = ?",
                        universityId,
                        name,
                        county,
                        start,
                        end,
                        id,
                        version)
                == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    long insertDispatch(
            String region,
            String level,
            int workers,
            LocalDate start,
            @Nullable LocalDate end,
            @Nullable Long sendingId,
            boolean demo,
            @Nullable Long by) {
        return single(
                "INSERT INTO talent_dispatch (region_code, qualification_level, workers, start_date, end_date,"
                        + " sending_organisation_id, demo, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                region,
                level,
                workers,
                start,
                end,
                sendingId,
                demo,
                by);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean updateDispatch(
            long id,
            long version,
            String region,
            String level,
            int workers,
            LocalDate start,
            @Nullable LocalDate end,
            @Nullable Long sendingId) {
        return update(
                        "UPDATE talent_dispatch SET region_code = ?, qualification_level = ?, workers = ?,"
                                + " start_date = ?, end_date = ?, sending_organisation_id = ?, version = version + 1,"
                                + " updated_at = now() WHERE id = ? AND version = ?",
                        region,
                        level,
                        workers,
                        start,
                        end,
                        sendingId,
                        id,
                        version)
                == 1;
    }

    /** Ends a pair, partnership or dispatch ({@code table} is one of the three, never input). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    long insertDesignation(long projectId, int year, String category, boolean demo, @Nullable Long by) {
        return single(
                "INSERT INTO demonstration_designation (project_id, year, category, demo, created_by)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id",
                projectId,
                year,
                category,
                demo,
                by);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean updateDesignation(long id, long version, long projectId, int year, String category) {
        return update(
                        "UPDATE demonstration_designation SET project_id = ?, year = ?, category = ?,"
                                + " version = version + 1, updated_at = now()"
                                + " WHERE id = ? AND version = ? AND withdrawn_at IS NULL",
                        projectId,
                        year,
                        category,
                        id,
                        version)
                == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean withdrawDesignation(long id, long version) {
        return update(
                        "UPDATE demonstration_designation SET withdrawn_at = now(), version = version + 1,"
                                + " updated_at = now() WHERE id = ? AND version = ? AND withdrawn_at IS NULL",
                        id,
                        version)
                == 1;
    }

    /** Whether another live designation holds the project for the year. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean designated(long projectId, int year, long exceptId) {
        return single(
                        "SELECT count(*) FROM demonstration_designation WHERE project_id = ? AND year = ?"
                                + " AND withdrawn_at IS NULL AND id <> ?",
                        projectId,
                        year,
                        exceptId)
                > 0;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<Long> designationVersion(long id) {
        List<Long> found =
                list("SELECT version FROM demonstration_designation WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id);
        return found.stream().findFirst();
    }

    /** Whether the demo programme rows exist (the loader writes them once). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean hasDemoRows() {
        return single("SELECT count(*) FROM twinning_pair WHERE demo") > 0;
    }

    // ---- plumbing

    private <T> List<T> list(String sql, ThrowingFunction<ResultSet, T, SQLException> row, Object... params) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, params);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(row.apply(rs));
                }
            }
            return result;
        });
    }

    private long single(String sql, Object... params) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private int update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, params);
            return st.executeUpdate();
        });
    }

    private static void bind(PreparedStatement st, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
