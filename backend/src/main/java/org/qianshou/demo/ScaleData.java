package org.qianshou.demo;

import java.sql.SQLException;

/** The benchmark's scale data set, written straight into a migrated database ({@code java -jar … scale-load}). */
public final class ScaleData {

    /** What a load wrote and how long it took. */
    public record Result(int organisations, int projects, long joinRows, long millis) {}

    private ScaleData() {}

    /**
     * Loads {@code projects} projects of {@link ScaleDataGenerator} with {@code seed}, by {@code COPY}.
     *
     * @param url the JDBC URL of the database (its schema migrated)
     * @throws IllegalStateException when the database already holds projects
     */
    public static Result load(
            String url, String user, String password, DemoDataGenerator.RegionSource regions, int projects, long seed)
            throws SQLException {
        return ScaleDataRepository.load(url, user, password, regions, projects, seed);
    }
}
