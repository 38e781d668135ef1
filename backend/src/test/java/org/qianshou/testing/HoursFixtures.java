package org.qianshou.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * What recording hours needs in place: an agency with a staff member, a volunteer with a real-name profile
 * (registered through the volunteer feature's API), and an attended sign-up for a shift of a published opening. The
 * opening, shift and sign-up rows are written straight into their tables (V8), standing in for the sign-up service.
 */
public final class HoursFixtures {

    private static final AtomicInteger MOBILES = new AtomicInteger();
    private static final AtomicInteger SERIAL = new AtomicInteger();

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

    /** A volunteer: a new account with a real-name profile registered with the given ID number. */
    public Person volunteer(String name, String idNumber) {
        Person person = account(name, "volunteer");
        profile(person, name, idNumber);
        return person;
    }

    /** Registers the account's real-name profile through the volunteer feature's API. */
    public void profile(Person person, String name, String idNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("idType", "resident-id");
        body.put("idNumber", idNumber);
        body.put("mobile", "139" + String.format("%08d", MOBILES.incrementAndGet()));
        body.put("skills", List.of());
        body.put("regionCodes", List.of("530627"));
        body.put("availability", List.of("weekend"));
        Api.Answer answer = api.send(HttpRequest.POST("/api/volunteer/profile", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(person.token()));
        if (answer.status() != 201) {
            throw new AssertionError("volunteer profile not registered: " + answer);
        }
    }

    /** A fictitious resident ID number of an adult, with a valid check character. */
    public static String idNumber() {
        return IdNumbersForTests.residentIdAged(30, 10 + SERIAL.incrementAndGet() % 300);
    }

    /** The masked form every screen shows: the first 6 and the last 4 characters. */
    public static String masked(String idNumber) {
        return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
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
