package org.qianshou.testing;

import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What recording hours needs in place: an agency with a staff member, a volunteer with a profile, and an attended
 * sign-up for a shift of a published opening. The volunteer, opening, shift and sign-up rows are written straight
 * into their tables (V8), standing in for the features that own them.
 */
public final class HoursFixtures {

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final Api api;

    public HoursFixtures(ApplicationContext context, Api api) {
        this.context = context;
        this.dataSource = context.getBean(DataSource.class);
        this.api = api;
    }

    /** An account and its bearer token. */
    public record Person(long id, String token) {}

    /** An agency and one of its staff. */
    public record Agency(long id, Person staff) {}

    public Person account(String name, String... roles) {
        long id = Accounts.create(dataSource, "hours-" + UUID.randomUUID() + "@qianshou.test", name, roles);
        return new Person(id, Accounts.bearerToken(context, id, roles));
    }

    public Agency agency(String name) {
        long organisation = api.createOrganisation(name, "5306");
        Person staff = account(name + "社工");
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES (" + organisation + ", "
                        + staff.id() + ", 'staff')");
        return new Agency(organisation, staff);
    }

    /**
     * A volunteer profile for a new account: the real name and the masked form of a (fictitious) ID number. The
     * number itself is not stored anywhere: the ciphertext and hash columns hold random bytes.
     */
    public Person volunteer(String name, String idNumberMasked) {
        Person person = account(name, "volunteer");
        profile(person, name, idNumberMasked);
        return person;
    }

    /** A volunteer profile for an existing account (see {@link #volunteer}). */
    public void profile(Person person, String name, String idNumberMasked) {
        Db.execute(
                dataSource,
                "INSERT INTO volunteer (account_id, name, id_type, id_number_encrypted, id_number_key_id,"
                        + " id_number_hash, id_number_masked, birth_date, mobile) VALUES (" + person.id() + ", '"
                        + name + "', 'resident-id', gen_random_uuid()::text::bytea, 'test',"
                        + " gen_random_uuid()::text::bytea, '" + idNumberMasked + "', '1990-01-01', '13800000000')");
    }

    /** A published opening of the agency with one shift from {@code start} to {@code end} (ISO instants). */
    public long shift(Agency agency, String title, String start, String end) {
        long project = api.createProject(Api.project(
                agency.id(),
                title + "项目",
                List.of("530627"),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "published"));
        Db.execute(
                dataSource,
                "INSERT INTO opening (organisation_id, project_id, title, description, region_code, meeting_place,"
                        + " category_code, screening, signup_deadline, contact_name, contact_phone, status) VALUES ("
                        + agency.id() + ", " + project + ", '" + title + "', '" + title + "：陪伴留守儿童。', '530627',"
                        + " '村委会活动室', 'left-behind-children', 'automatic', '" + start + "', '李老师',"
                        + " '0870-1234567', 'published')");
        long opening = Db.count(dataSource, "SELECT max(id) FROM opening WHERE organisation_id = " + agency.id());
        Db.execute(
                dataSource,
                "INSERT INTO shift (opening_id, starts_at, ends_at, capacity, check_in_code) VALUES (" + opening + ", '"
                        + start + "', '" + end + "', 10, 'ABCDEFGH')");
        return Db.count(dataSource, "SELECT max(id) FROM shift WHERE opening_id = " + opening);
    }

    /** A confirmed sign-up of the volunteer for the shift, with the given attendance (or none: {@code null}). */
    public long signup(long shift, Person volunteer, String attendance) {
        Db.execute(
                dataSource,
                "INSERT INTO signup (shift_id, volunteer_account_id, status, attendance) VALUES (" + shift + ", "
                        + volunteer.id() + ", 'confirmed', " + (attendance == null ? "NULL" : "'" + attendance + "'")
                        + ")");
        return Db.count(
                dataSource,
                "SELECT max(id) FROM signup WHERE shift_id = " + shift + " AND volunteer_account_id = "
                        + volunteer.id());
    }
}
