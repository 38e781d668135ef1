package org.qianshou.hours;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Stand-in for the features that own shifts, sign-ups and volunteers until they are on this branch: reads their
 * tables (V8) directly. Tests only.
 */
@Singleton
class TableShiftAttendance implements ShiftAttendance {

    private final DataSource dataSource;

    TableShiftAttendance(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<ShiftInfo> shift(long shiftId) {
        String sql = "SELECT s.id, o.organisation_id, g.name, o.title, o.meeting_place, s.starts_at, s.ends_at"
                + " FROM shift s JOIN opening o ON o.id = s.opening_id JOIN organisation g ON g.id = o.organisation_id"
                + " WHERE s.id = ?";
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var st = c.prepareStatement(sql)) {
            st.setLong(1, shiftId);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ShiftInfo(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Attendee> attendees(long shiftId) {
        String sql = "SELECT u.id, u.volunteer_account_id, u.status, u.attendance, v.name, v.id_number_masked"
                + " FROM signup u JOIN volunteer v ON v.account_id = u.volunteer_account_id"
                + " WHERE u.shift_id = ? AND (u.status = 'confirmed' OR u.attendance = 'attended') ORDER BY u.id";
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var st = c.prepareStatement(sql)) {
            st.setLong(1, shiftId);
            List<Attendee> attendees = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    attendees.add(new Attendee(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)));
                }
            }
            return attendees;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
