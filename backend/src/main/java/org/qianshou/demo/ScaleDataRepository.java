package org.qianshou.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Loads {@link ScaleDataGenerator}'s rows into a database whose schema Flyway made, with PostgreSQL {@code COPY}
 * (text format) on one connection and in one transaction: the organisations, the projects, then their regions,
 * target groups and categories; then the id sequences and the planner's statistics. No outbox rows: the search
 * indices are filled afterwards by the normal rebuild ({@code java -jar … reindex}). Rows are created a month before
 * their project starts, so that the rebuild's catch-up (rows changed since it began) finds none of them.
 */
final class ScaleDataRepository {

    private static final int FLUSH_BYTES = 4 << 20;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private ScaleDataRepository() {}

    /**
     * @param url the JDBC URL of the database (its schema migrated)
     * @throws IllegalStateException when the database already holds projects
     */
    static ScaleData.Result load(
            String url, String user, String password, DemoDataGenerator.RegionSource regions, int projects, long seed)
            throws SQLException {
        long started = System.nanoTime();
        ScaleDataGenerator generator = new ScaleDataGenerator(regions, seed);
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            long projectRows = scalar(connection, "SELECT count(*) FROM project");
            if (projectRows > 0) {
                throw new IllegalStateException("the database already holds " + projectRows + " projects");
            }
            long firstProject = scalar(connection, "SELECT coalesce(max(id), 0) + 1 FROM project");
            long firstOrganisation = scalar(connection, "SELECT coalesce(max(id), 0) + 1 FROM organisation");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();

            int[] organisations = {0};
            try (Rows rows = new Rows(copy.copyIn("COPY organisation (id, name, kind, subtype, registered_region_code,"
                    + " description, status, decided_at, demo, created_at, updated_at, published_at) FROM STDIN"))) {
                generator.organisations(projects, firstOrganisation, o -> {
                    String at = TIMESTAMP.format(
                            LocalDate.of(2016, 1, 1).atTime(LocalTime.of(10, 0)).atOffset(CHINA));
                    rows.row(
                            o.id(),
                            o.name(),
                            "agency",
                            "social-work-agency",
                            o.regionCode(),
                            o.description(),
                            "verified",
                            at,
                            "t",
                            at,
                            at,
                            at);
                    organisations[0]++;
                });
            }

            ByteArrayOutputStream regionRows = new ByteArrayOutputStream(32 << 20);
            ByteArrayOutputStream groupRows = new ByteArrayOutputStream(32 << 20);
            ByteArrayOutputStream categoryRows = new ByteArrayOutputStream(32 << 20);
            long[] joins = {0};
            try (Rows rows = new Rows(copy.copyIn("COPY project (id, organisation_id, title, description,"
                    + " programme_code, funding_type_code, status, start_date, end_date, budget_fen, demo, version,"
                    + " created_at, updated_at, published_at) FROM STDIN"))) {
                generator.projects(projects, firstProject, firstOrganisation, p -> {
                    String at = TIMESTAMP.format(p.startDate()
                            .minusMonths(1)
                            .atTime(LocalTime.of(10, 0))
                            .atOffset(CHINA));
                    boolean isPublic = !"draft".equals(p.status());
                    rows.row(
                            p.id(),
                            p.organisationId(),
                            p.title(),
                            p.description(),
                            p.programme(),
                            p.fundingType(),
                            p.status(),
                            p.startDate(),
                            p.endDate(),
                            p.budgetFen(),
                            "t",
                            1,
                            at,
                            at,
                            isPublic ? at : null);
                    joins[0] += pairs(regionRows, p.id(), p.regionCodes())
                            + pairs(groupRows, p.id(), p.targetGroups())
                            + pairs(categoryRows, p.id(), p.categories());
                });
            }
            copyAll(copy, "COPY project_region (project_id, region_code) FROM STDIN", regionRows);
            copyAll(copy, "COPY project_target_group (project_id, target_group_code) FROM STDIN", groupRows);
            copyAll(copy, "COPY project_service_category (project_id, category_code) FROM STDIN", categoryRows);
            try (Statement st = connection.createStatement()) {
                st.execute(
                        "SELECT setval(pg_get_serial_sequence('organisation', 'id'), (SELECT max(id) FROM organisation))");
                st.execute("SELECT setval(pg_get_serial_sequence('project', 'id'), (SELECT max(id) FROM project))");
            }
            connection.commit();
            try (Statement st = connection.createStatement()) {
                connection.setAutoCommit(true);
                st.execute("ANALYZE organisation, project, project_region, project_target_group,"
                        + " project_service_category");
            }
            return new ScaleData.Result(
                    organisations[0], projects, joins[0], (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static long scalar(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int pairs(ByteArrayOutputStream out, long id, List<String> codes) {
        for (String code : codes) {
            byte[] line = (id + "\t" + code + "\n").getBytes(StandardCharsets.UTF_8);
            out.write(line, 0, line.length);
        }
        return codes.size();
    }

    private static void copyAll(CopyManager copy, String sql, ByteArrayOutputStream rows) throws SQLException {
        CopyIn in = copy.copyIn(sql);
        byte[] bytes = rows.toByteArray();
        in.writeToCopy(bytes, 0, bytes.length);
        in.endCopy();
    }

    /** Rows of one {@code COPY … FROM STDIN} in text format, sent in blocks of a few MiB. */
    private static final class Rows implements AutoCloseable {
        private final CopyIn in;
        private final StringBuilder block = new StringBuilder(FLUSH_BYTES / 2);

        Rows(CopyIn in) {
            this.in = in;
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    block.append('\t');
                }
                if (values[i] == null) {
                    block.append("\\N");
                } else {
                    escape(values[i].toString());
                }
            }
            block.append('\n');
            if (block.length() >= FLUSH_BYTES / 3) {
                flush();
            }
        }

        private void escape(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> block.append("\\\\");
                    case '\n' -> block.append("\\n");
                    case '\r' -> block.append("\\r");
                    case '\t' -> block.append("\\t");
                    default -> block.append(c);
                }
            }
        }

        private void flush() {
            byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
            block.setLength(0);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            in.endCopy();
        }
    }
}
