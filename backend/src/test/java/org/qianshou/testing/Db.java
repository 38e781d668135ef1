package org.qianshou.testing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Direct reads of PostgreSQL, to compare what the API says with what is stored. */
public final class Db {

    private Db() {}

    public static long count(DataSource dataSource, String sql) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = c.createStatement();
                var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    /** The first column of the first row as text ({@code null} when the query finds no row or a NULL). */
    public static String text(DataSource dataSource, String sql) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = c.createStatement();
                var rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    /** The first column of every row as numbers. */
    public static java.util.List<Long> ids(DataSource dataSource, String sql) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = c.createStatement();
                var rs = statement.executeQuery(sql)) {
            java.util.List<Long> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    public static void execute(DataSource dataSource, String sql) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}
