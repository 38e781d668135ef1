package org.qianshou.testing;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Funding rows for the report and disclosure tests: a verified funder and agency with members (names, e-mail
 * addresses and mobile numbers the tests look for), a published project, a call with a tranche schedule, an awarded
 * application with budget lines and indicators, an award with its tranches and ledger commitment, and payments. The
 * call, application, award and payment rows are written straight into their tables (V11), standing in for the call,
 * application and award services.
 */
public final class FundingRows {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final Api api;

    public FundingRows(ApplicationContext context, Api api) {
        this.context = context;
        this.dataSource = context.getBean(DataSource.class);
        this.api = api;
    }

    /** An account, its personal data and its bearer token. */
    public record Member(long id, String name, String email, String phone, String token) {}

    /** A verified organisation with two members. */
    public record Org(long id, String name, Member first, Member second) {}

    /** An award with its tranches (by seq: index 0 is tranche 1). */
    public record Award(long id, long callId, long applicationId, long projectId, List<Long> tranches) {}

    public Member member(long organisationId, String name, String role) {
        int n = SERIAL.incrementAndGet();
        String email = "funding-" + UUID.randomUUID().toString().substring(0, 8) + "@qianshou.test";
        String phone = "137" + String.format("%08d", 10_000_000 + (int) (Math.random() * 80_000_000) + n);
        Db.execute(
                dataSource,
                "INSERT INTO account (display_name, email, phone, password_hash) VALUES ('" + name + "', '" + email
                        + "', '" + phone + "', 'x')");
        long id = Db.count(dataSource, "SELECT id FROM account WHERE email = '" + email + "'");
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES (" + organisationId + ", "
                        + id + ", '" + role + "')");
        return new Member(id, name, email, phone, Accounts.bearerToken(context, id));
    }

    /** A verified organisation of the kind ({@code funder}, {@code agency}) with an owner and a staff member. */
    public Org organisation(String name, String kind, String firstName, String secondName) {
        Api.Answer created = api.adminPost(
                "/api/admin/organisations", java.util.Map.of("name", name, "kind", kind, "regionCode", "5306"));
        if (created.status() != 201) {
            throw new AssertionError("organisation not created: " + created);
        }
        long id = ((Number) created.body().get("id")).longValue();
        return new Org(id, name, member(id, firstName, "owner"), member(id, secondName, "staff"));
    }

    public long project(Org agency, String title) {
        return api.createProject(Api.project(
                agency.id(),
                title,
                List.of("530627"),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "published"));
    }

    /** A published call of the funder with the tranche shares (basis points) and report due dates (all but the first). */
    public long call(Org funder, String title, long poolFen, int intervalMonths, int[] sharesBp, LocalDate... dueOn) {
        Db.execute(
                dataSource,
                "INSERT INTO funding_call (organisation_id, title, description, funding_type_code, pool_fen,"
                        + " max_award_fen, region_code, opens_at, closes_at, report_interval_months, status,"
                        + " published_at, created_by) VALUES (" + funder.id() + ", '" + title + "', '留守儿童关爱',"
                        + " 'venture-philanthropy', " + poolFen + ", " + poolFen
                        + ", '5306', now() - interval '60 days',"
                        + " now() - interval '30 days', " + intervalMonths
                        + ", 'published', now() - interval '60 days', "
                        + funder.first().id() + ")");
        long call = Db.count(dataSource, "SELECT max(id) FROM funding_call WHERE organisation_id = " + funder.id());
        for (int i = 0; i < sharesBp.length; i++) {
            Db.execute(
                    dataSource,
                    "INSERT INTO funding_call_tranche (call_id, seq, share_bp, report_due_on) VALUES (" + call + ", "
                            + (i + 1) + ", " + sharesBp[i] + ", " + (i == 0 ? "NULL" : "'" + dueOn[i - 1] + "'")
                            + ")");
        }
        return call;
    }

    /** A budget line of an application: category and amount. */
    public record Line(String category, long amountFen) {}

    /** An awarded application of the agency to the call, with its budget lines and two indicators. */
    public long application(Org agency, long call, long project, LocalDate from, LocalDate to, Line... lines) {
        long requested = 0;
        long fee = 0;
        for (Line l : lines) {
            requested += l.amountFen();
            fee += l.category().equals("management-fee") ? l.amountFen() : 0;
        }
        Db.execute(
                dataSource,
                "INSERT INTO funding_application (call_id, organisation_id, project_id, status, title, need,"
                        + " period_from, period_to, requested_fen, management_fee_fen, submitted_at, submitted_by,"
                        + " created_by) VALUES (" + call + ", " + agency.id() + ", " + project + ", 'awarded',"
                        + " '留守儿童陪伴计划', '需求', '" + from + "', '" + to + "', " + requested + ", " + fee + ","
                        + " now() - interval '40 days', " + agency.first().id() + ", "
                        + agency.first().id() + ")");
        long application = Db.count(dataSource, "SELECT max(id) FROM funding_application WHERE call_id = " + call);
        for (int i = 0; i < lines.length; i++) {
            Db.execute(
                    dataSource,
                    "INSERT INTO funding_application_budget_line (application_id, seq, category_code, description,"
                            + " amount_fen) VALUES (" + application + ", " + (i + 1) + ", '" + lines[i].category()
                            + "', '预算', " + lines[i].amountFen() + ")");
        }
        Db.execute(
                dataSource,
                "INSERT INTO funding_application_indicator (application_id, seq, name, unit, target) VALUES ("
                        + application + ", 1, '服务儿童', '人', 120), (" + application + ", 2, '家访', '次', 300.5)");
        return application;
    }

    /**
     * An accepted award of the application for the amount, its tranches on the call's schedule (the first payable)
     * and its ledger commitment; {@code status} other than {@code accepted} makes a proposed, declined … award
     * without tranches or ledger.
     */
    public Award award(Org funder, long call, long application, long amountFen, String status) {
        long[] app = {
            Db.count(dataSource, "SELECT organisation_id FROM funding_application WHERE id = " + application),
            Db.count(dataSource, "SELECT project_id FROM funding_application WHERE id = " + application)
        };
        boolean approved = List.of("approved", "accepted", "completed").contains(status);
        Db.execute(
                dataSource,
                "INSERT INTO funding_award (call_id, application_id, funder_organisation_id, organisation_id,"
                        + " project_id, amount_fen, status, proposed_by, decided_by, decided_at, accepted_by,"
                        + " accepted_at) VALUES (" + call + ", " + application + ", " + funder.id() + ", " + app[0]
                        + ", " + app[1] + ", " + amountFen + ", '" + status + "', "
                        + funder.first().id() + ", "
                        + (status.equals("proposed")
                                ? "NULL, NULL"
                                : funder.second().id() + ", now() - interval '20 days'")
                        + ", " + (status.equals("accepted") ? "NULL, now() - interval '19 days'" : "NULL, NULL") + ")");
        long award = Db.count(dataSource, "SELECT max(id) FROM funding_award WHERE application_id = " + application);
        List<Long> tranches = new ArrayList<>();
        if (approved) {
            Db.execute(
                    dataSource,
                    "INSERT INTO funding_ledger_entry (call_id, funder_organisation_id, award_id, kind, amount_fen,"
                            + " actor_account_id) VALUES (" + call + ", " + funder.id() + ", " + award + ", 'commit', "
                            + amountFen + ", " + funder.second().id() + ")");
            Db.execute(
                    dataSource,
                    "UPDATE funding_call SET committed_fen = committed_fen + " + amountFen + " WHERE id = " + call);
            long shares = Db.count(dataSource, "SELECT count(*) FROM funding_call_tranche WHERE call_id = " + call);
            long given = 0;
            for (int seq = 1; seq <= shares; seq++) {
                long bp = Db.count(
                        dataSource,
                        "SELECT share_bp FROM funding_call_tranche WHERE call_id = " + call + " AND seq = " + seq);
                long amount = seq == shares ? amountFen - given : Math.floorDiv(amountFen * bp, 10_000L);
                given += amount;
                Db.execute(
                        dataSource,
                        "INSERT INTO funding_tranche (award_id, seq, amount_fen, report_due_on, status) SELECT " + award
                                + ", seq, " + amount + ", report_due_on, '"
                                + (seq == 1 && status.equals("accepted") ? "payable" : "pending")
                                + "' FROM funding_call_tranche WHERE call_id = " + call + " AND seq = " + seq);
                tranches.add(Db.count(
                        dataSource, "SELECT id FROM funding_tranche WHERE award_id = " + award + " AND seq = " + seq));
            }
        }
        return new Award(award, call, application, app[1], tranches);
    }

    /**
     * A payment of the tranche recorded by the funder's first member; {@code approved} by the second, with the ledger
     * entry and the paid amounts (the tranche {@code paid} when fully paid).
     */
    public long payment(Org funder, long tranche, long amountFen, LocalDate paidOn, boolean approved) {
        String key = UUID.randomUUID().toString();
        Db.execute(
                dataSource,
                "INSERT INTO funding_payment (tranche_id, funder_organisation_id, amount_fen, external_reference,"
                        + " idempotency_key, paid_on, status, recorded_by, decided_by, decided_at) VALUES (" + tranche
                        + ", " + funder.id() + ", " + amountFen + ", 'BANK-" + key.substring(0, 8) + "', '" + key
                        + "', '" + paidOn + "', '" + (approved ? "approved" : "recorded") + "', "
                        + funder.first().id()
                        + ", " + (approved ? funder.second().id() + ", now()" : "NULL, NULL") + ")");
        long payment = Db.count(dataSource, "SELECT id FROM funding_payment WHERE idempotency_key = '" + key + "'");
        if (approved) {
            Db.execute(
                    dataSource,
                    "INSERT INTO funding_ledger_entry (call_id, funder_organisation_id, award_id, tranche_id, payment_id,"
                            + " kind, amount_fen, actor_account_id) SELECT a.call_id, a.funder_organisation_id, a.id,"
                            + " t.id, " + payment + ", 'payment', " + amountFen + ", "
                            + funder.second().id()
                            + " FROM funding_tranche t JOIN funding_award a ON a.id = t.award_id WHERE t.id = "
                            + tranche);
            Db.execute(
                    dataSource,
                    "UPDATE funding_tranche SET paid_fen = paid_fen + " + amountFen + ", status = CASE WHEN paid_fen + "
                            + amountFen + " = amount_fen THEN 'paid' ELSE status END WHERE id = " + tranche);
            Db.execute(
                    dataSource,
                    "UPDATE funding_award SET paid_fen = paid_fen + " + amountFen
                            + " WHERE id = (SELECT award_id FROM funding_tranche WHERE id = " + tranche + ")");
        }
        return payment;
    }
}
