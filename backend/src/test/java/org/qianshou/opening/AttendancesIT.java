package org.qianshou.opening;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.Accounts;
import org.qianshou.testing.Api;
import org.qianshou.testing.Db;
import org.qianshou.testing.RealServices;

/** What the hours feature learns of a shift's sign-ups: who is confirmed (attended or not), and one sign-up's attendance. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendancesIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    Reader reader;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("attendances");
    }

    /** Reads inside a transaction, as the hours feature's services do. */
    @jakarta.inject.Singleton
    static class Reader {
        private final Attendances attendances;

        Reader(Attendances attendances) {
            this.attendances = attendances;
        }

        @ReadOnly
        List<AttendanceFacts> list(long shiftId) {
            return attendances.attendedOrConfirmed(shiftId);
        }

        @ReadOnly
        java.util.Optional<AttendanceFacts> one(long signupId) {
            return attendances.ofSignup(signupId);
        }
    }

    @Test
    void confirmedAndAttendedSignupsInArrivalOrderAndOneSignupWhateverItsStatus() {
        Api api = new Api(client.toBlocking());
        long org = api.createOrganisation("出勤测试社工站", "530621");
        long project = api.createProject(Api.project(
                org,
                "出勤测试项目",
                List.of("530621"),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "published"));
        Db.execute(
                dataSource,
                "INSERT INTO opening (organisation_id, project_id, title, description, region_code, meeting_place,"
                        + " category_code, screening, signup_deadline, contact_name, contact_phone, status)"
                        + " VALUES (" + org + ", " + project
                        + ", '课业辅导', '辅导', '530621', '村委会', 'left-behind-children',"
                        + " 'automatic', now() + interval '1 day', '李老师', '13800000000', 'published')");
        long opening = Db.count(dataSource, "SELECT max(id) FROM opening");
        Db.execute(
                dataSource,
                "INSERT INTO shift (opening_id, starts_at, ends_at, capacity, check_in_code) VALUES (" + opening
                        + ", now() + interval '2 days', now() + interval '2 days 3 hours', 5, 'ABCD2345')");
        long shift = Db.count(dataSource, "SELECT max(id) FROM shift");
        long[] people = new long[5];
        for (int i = 0; i < people.length; i++) {
            people[i] = Accounts.create(dataSource, "att-" + UUID.randomUUID() + "@qianshou.test", "志愿者" + i);
            Db.execute(
                    dataSource,
                    "INSERT INTO volunteer (account_id, name, id_type, id_number_encrypted, id_number_key_id,"
                            + " id_number_hash, id_number_masked, birth_date, mobile) VALUES (" + people[i]
                            + ", '志愿者" + i + "', 'resident-id', '\\x00', 'k1', '\\x0" + i + "',"
                            + " '530621********0000', '1990-01-01', '1380000000" + i + "')");
        }
        String insert =
                "INSERT INTO signup (shift_id, volunteer_account_id, status, attendance) VALUES (" + shift + ", ";
        Db.execute(dataSource, insert + people[0] + ", 'confirmed', NULL)");
        Db.execute(dataSource, insert + people[1] + ", 'waitlisted', NULL)");
        Db.execute(dataSource, insert + people[2] + ", 'confirmed', 'attended')");
        Db.execute(dataSource, insert + people[3] + ", 'cancelled', NULL)");
        Db.execute(dataSource, insert + people[4] + ", 'shift-cancelled', 'attended')");

        List<AttendanceFacts> list = reader.list(shift);

        assertThat(list).extracting(AttendanceFacts::volunteerAccountId).containsExactly(people[0], people[2]);
        assertThat(list).extracting(AttendanceFacts::attendance).containsExactly(null, "attended");
        assertThat(list).allSatisfy(a -> assertThat(a.shiftId()).isEqualTo(shift));
        long waitlisted = Db.count(dataSource, "SELECT id FROM signup WHERE volunteer_account_id = " + people[1]);
        assertThat(reader.one(waitlisted))
                .get()
                .extracting(AttendanceFacts::status)
                .isEqualTo("waitlisted");
        assertThat(reader.one(waitlisted + 1000)).isEmpty();
    }
}
