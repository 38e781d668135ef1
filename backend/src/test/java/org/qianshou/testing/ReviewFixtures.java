package org.qianshou.testing;

import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.qianshou.organisation.CreditCodes;
import org.qianshou.testing.FundingFixtures.Agency;
import org.qianshou.testing.FundingFixtures.Funder;
import org.qianshou.testing.FundingFixtures.Person;

/**
 * What the review tests add to {@link FundingFixtures}: a published call with the rubric 50 / 30 / 20 on 0–10, blind or
 * not, and applications in a given state written straight into their table (standing in for the agency's editor,
 * which has its own tests).
 */
public final class ReviewFixtures {

    private static int serial;

    private final DataSource dataSource;
    private final FundingFixtures funding;

    public ReviewFixtures(ApplicationContext context, FundingFixtures funding) {
        this.dataSource = context.getBean(DataSource.class);
        this.funding = funding;
    }

    /**
     * A published call of the funder, open now (through the call API, {@link FundingFixtures#callRequest}'s terms), with
     * three criteria weighted 50, 30 and 20, scored 0–10, blind or not.
     */
    public long call(Funder funder, String title, boolean blind) {
        Map<String, Object> body = FundingFixtures.callRequest(title);
        body.put("blindReview", blind);
        body.put(
                "criteria",
                new ArrayList<>(List.of(
                        FundingFixtures.criterion("需求分析", 50),
                        FundingFixtures.criterion("服务方案", 30),
                        FundingFixtures.criterion("机构能力", 20))));
        return funding.publishedCall(funder, body);
    }

    /** The call's criterion ids in the rubric's order. */
    public List<Long> criteria(long callId) {
        List<Long> ids = new ArrayList<>();
        for (int seq = 1; seq <= 3; seq++) {
            ids.add(Db.count(
                    dataSource,
                    "SELECT id FROM funding_call_criterion WHERE call_id = " + callId + " AND seq = " + seq));
        }
        return ids;
    }

    /** A submitted application of the agency to the call, with the agency's project, submitted now. */
    public long submitted(long callId, Agency agency, String title) {
        return application(callId, agency, title, "submitted", "now()");
    }

    /** A submitted application submitted at the given instant (ISO-8601 with offset). */
    public long submittedAt(long callId, Agency agency, String title, String submittedAt) {
        return application(callId, agency, title, "submitted", "'" + submittedAt + "'");
    }

    public long draft(long callId, Agency agency, String title) {
        return application(callId, agency, title, "draft", "NULL");
    }

    /** A submitted concept note (the first stage of a two-stage call). */
    public long concept(long callId, Agency agency, String title) {
        return application(callId, agency, title, "submitted", "now()", "concept");
    }

    private long application(long callId, Agency agency, String title, String status, String submittedAt) {
        return application(callId, agency, title, status, submittedAt, "full");
    }

    private long application(
            long callId, Agency agency, String title, String status, String submittedAt, String stage) {
        return Db.count(
                dataSource,
                "INSERT INTO funding_application (call_id, organisation_id, project_id, stage, status, title, need,"
                        + " objectives, requested_fen, submitted_at, created_by) VALUES (" + callId + ", "
                        + agency.id() + ", " + agency.projectId() + ", '" + stage + "', '" + status + "', '" + title
                        + "', '" + title
                        + "：村里的留守儿童放学后无人照看。', '每周三次课后陪伴。', 12000000, " + submittedAt + ", "
                        + agency.staff().id() + ") RETURNING id");
    }

    /** Lists a (content-checked, stored) file among the application's attachments; returns its id. */
    public long attachment(long applicationId, Agency agency, String filename) {
        long id = Db.count(
                dataSource,
                "INSERT INTO funding_attachment (organisation_id, storage_key, original_filename, content_type,"
                        + " size_bytes, sha256, uploaded_by) VALUES (" + agency.id() + ", md5(random()::text), '"
                        + filename + "', 'application/pdf', 1234, repeat('a', 64), "
                        + agency.staff().id()
                        + ") RETURNING id");
        Db.execute(
                dataSource,
                "INSERT INTO funding_application_attachment (application_id, attachment_id) VALUES (" + applicationId
                        + ", " + id + ")");
        return id;
    }

    /** Gives the organisation a valid unified social credit code; returns it. */
    public String creditCode(long organisationId) {
        String first17;
        synchronized (ReviewFixtures.class) {
            first17 = "52530600MJ" + String.format("%07d", 8_000_000 + (++serial) + (int) (organisationId % 100_000));
        }
        String code = first17 + CreditCodes.checkCharacter(first17);
        Db.execute(dataSource, "UPDATE organisation SET credit_code = '" + code + "' WHERE id = " + organisationId);
        return code;
    }

    /** Makes the account a staff member of the organisation. */
    public void join(long organisationId, Person person) {
        Db.execute(
                dataSource,
                "INSERT INTO organisation_member (organisation_id, account_id, role) VALUES (" + organisationId + ", "
                        + person.id() + ", 'staff')");
    }

    public FundingFixtures funding() {
        return funding;
    }
}
