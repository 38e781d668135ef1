package org.qianshou.funding.call;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The call's five child tables (eligible subtypes, target groups, sections, tranche schedule, rubric), written as a
 * whole with a draft and read for many calls at once, and the count of submitted applications per call. Plain SQL:
 * five small tables replaced together in batches read more clearly than five mapped entities with composite keys.
 */
@Singleton
class CallPartsRepository {

    /** The child rows of one call. */
    record Parts(
            List<String> subtypes,
            List<String> targetGroups,
            List<CallSection> sections,
            List<CallTranche> tranches,
            List<CallCriterion> criteria) {
        static final Parts NONE = new Parts(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A criterion to insert. */
    record NewCriterion(String name, String description, int weight) {}

    private final JdbcOperations jdbc;

    CallPartsRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces every child row of the call (a draft's edit). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void replace(
            long callId,
            List<String> subtypes,
            List<String> targetGroups,
            List<CallSection> sections,
            List<CallTranche> tranches,
            List<NewCriterion> criteria) {
        for (String table : List.of(
                "funding_call_eligible_subtype",
                "funding_call_target_group",
                "funding_call_section",
                "funding_call_tranche",
                "funding_call_criterion")) {
            jdbc.prepareStatement("DELETE FROM " + table + " WHERE call_id = ?", st -> {
                st.setLong(1, callId);
                return st.executeUpdate();
            });
        }
        batch(
                "INSERT INTO funding_call_eligible_subtype (call_id, subtype) VALUES (?, ?)",
                subtypes.stream().map(x -> new Object[] {callId, x}).toList());
        batch(
                "INSERT INTO funding_call_target_group (call_id, target_group_code) VALUES (?, ?)",
                targetGroups.stream().map(x -> new Object[] {callId, x}).toList());
        List<Object[]> sectionRows = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            CallSection x = sections.get(i);
            sectionRows.add(new Object[] {callId, x.code(), x.required(), x.guidance(), x.maxChars(), i + 1});
        }
        batch(
                "INSERT INTO funding_call_section (call_id, code, required, guidance, max_chars, sort_order)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                sectionRows);
        batch(
                "INSERT INTO funding_call_tranche (call_id, seq, share_bp, report_due_on) VALUES (?, ?, ?, ?)",
                tranches.stream()
                        .map(x -> new Object[] {
                            callId, x.seq(), x.shareBp(), x.reportDueOn() == null ? null : Date.valueOf(x.reportDueOn())
                        })
                        .toList());
        List<Object[]> criterionRows = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            NewCriterion x = criteria.get(i);
            criterionRows.add(new Object[] {callId, i + 1, x.name(), x.description(), x.weight()});
        }
        batch(
                "INSERT INTO funding_call_criterion (call_id, seq, name, description, weight) VALUES (?, ?, ?, ?, ?)",
                criterionRows);
    }

    /** The child rows of the given calls, by call id (calls without any are left out). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Map<Long, Parts> load(Collection<Long> callIds) {
        if (callIds.isEmpty()) {
            return Map.of();
        }
        Long[] ids = callIds.stream().distinct().toArray(Long[]::new);
        Map<Long, List<String>> subtypes = new HashMap<>();
        Map<Long, List<String>> groups = new HashMap<>();
        Map<Long, List<CallSection>> sections = new HashMap<>();
        Map<Long, List<CallTranche>> tranches = new HashMap<>();
        Map<Long, List<CallCriterion>> criteria = new HashMap<>();
        for (Object[] r : query(
                "SELECT call_id, subtype FROM funding_call_eligible_subtype WHERE call_id = ANY (?)"
                        + " ORDER BY call_id, subtype",
                ids)) {
            add(subtypes, (Long) r[0], (String) r[1]);
        }
        for (Object[] r : query(
                "SELECT call_id, target_group_code FROM funding_call_target_group g"
                        + " JOIN target_group t ON t.code = g.target_group_code WHERE call_id = ANY (?)"
                        + " ORDER BY call_id, t.sort_order, t.code",
                ids)) {
            add(groups, (Long) r[0], (String) r[1]);
        }
        for (Object[] r : query(
                "SELECT call_id, code, required, guidance, max_chars FROM funding_call_section WHERE call_id = ANY (?)"
                        + " ORDER BY call_id, sort_order",
                ids)) {
            add(sections, (Long) r[0], new CallSection((String) r[1], (Boolean) r[2], (String) r[3], (Integer) r[4]));
        }
        for (Object[] r : query(
                "SELECT call_id, seq, share_bp, report_due_on FROM funding_call_tranche WHERE call_id = ANY (?)"
                        + " ORDER BY call_id, seq",
                ids)) {
            Date due = (Date) r[3];
            add(
                    tranches,
                    (Long) r[0],
                    new CallTranche((Integer) r[1], (Integer) r[2], due == null ? null : due.toLocalDate()));
        }
        for (Object[] r : query(
                "SELECT call_id, id, seq, name, description, weight FROM funding_call_criterion WHERE call_id = ANY (?)"
                        + " ORDER BY call_id, seq",
                ids)) {
            add(
                    criteria,
                    (Long) r[0],
                    new CallCriterion((Long) r[1], (Integer) r[2], (String) r[3], (String) r[4], (Integer) r[5]));
        }
        Map<Long, Parts> result = new HashMap<>();
        for (Long id : ids) {
            result.put(
                    id,
                    new Parts(
                            subtypes.getOrDefault(id, List.of()),
                            groups.getOrDefault(id, List.of()),
                            sections.getOrDefault(id, List.of()),
                            tranches.getOrDefault(id, List.of()),
                            criteria.getOrDefault(id, List.of())));
        }
        return result;
    }

    /**
     * Applications per call that were submitted (submitted, shortlisted into a full draft, awarded or rejected:
     * everything but drafts never submitted and withdrawn ones).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Map<Long, Long> submittedApplications(Collection<Long> callIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (callIds.isEmpty()) {
            return counts;
        }
        for (Object[] r : query(
                "SELECT call_id, count(*) FROM funding_application WHERE call_id = ANY (?)"
                        + " AND submitted_at IS NOT NULL AND status <> 'withdrawn' GROUP BY call_id",
                callIds.stream().distinct().toArray(Long[]::new))) {
            counts.put((Long) r[0], (Long) r[1]);
        }
        return counts;
    }

    /** Runs one statement per row of parameters, in one batch. */
    private void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, st -> {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    st.setObject(i + 1, row[i]);
                }
                st.addBatch();
            }
            return st.executeBatch();
        });
    }

    /** The rows of a query whose one parameter is an array of ids, each row as its columns' values. */
    private List<Object[]> query(String sql, Long[] ids) {
        return jdbc.prepareStatement(sql, st -> {
            st.setArray(1, st.getConnection().createArrayOf("bigint", ids));
            List<Object[]> rows = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    private static <T> void add(Map<Long, List<T>> map, long id, T value) {
        map.computeIfAbsent(id, k -> new ArrayList<>()).add(value);
    }
}
