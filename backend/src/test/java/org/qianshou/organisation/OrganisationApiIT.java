package org.qianshou.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.account.PasswordHasher;
import org.qianshou.project.ProjectDraft;
import org.qianshou.project.ProjectWorkflow;
import org.qianshou.system.ConflictException;
import org.qianshou.system.Messages;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.ForbiddenException;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.LogCapture;
import org.qianshou.testing.RealServices;

/**
 * Organisations end to end against real PostgreSQL: registration with credit-code and contact checks,
 * documents checked by content, members and invitations, the verification queue and decisions,
 * object-level access between organisations, audit and outbox rows.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationApiIT implements TestPropertyProvider {

    private static final String PASSWORD = "organisation-it-1";
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Inject
    PasswordHasher hasher;

    @Inject
    ApplicationContext context;

    @Inject
    AccessPolicy accessPolicy;

    @Inject
    ProjectWorkflow projectWorkflow;

    @Inject
    Messages messages;

    Api api;
    final LogCapture log = new LogCapture();
    final List<String> identifiersUsed = new ArrayList<>();
    final AtomicInteger serial = new AtomicInteger(1000);

    /** A signed-in test account. */
    record Caller(long id, String email, String token) {}

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(RealServices.isolatedProperties("organisationapi"));
        // The outbox rows this test counts stay put: no worker drains them here (OrganisationSearchIT
        // covers draining them into the index).
        properties.put("qianshou.outbox.enabled", "false");
        // Small document quota and upload rate, so that the tests reach them in a few uploads.
        properties.put("qianshou.organisations.max-documents", "4");
        properties.put("qianshou.organisations.uploads-per-window", "8");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new Api(client.toBlocking());
        log.start();
    }

    @AfterAll
    void noIdentifierReachedTheLog() {
        log.stop();
        for (String identifier : identifiersUsed) {
            assertThat(log.text()).as("the log must not contain an identifier").doesNotContain(identifier);
        }
    }

    // ---- registration

    @Test
    void anAccountRegistersAnOrganisationAsADraftAndBecomesItsOwner() {
        Caller owner = account("陈负责人");
        String code = nextCreditCode();
        Answer created = send(owner, post("/api/organisations", request("昭通市测试社工中心", code)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body())
                .containsEntry("status", "draft")
                .containsEntry("role", "owner")
                .containsEntry("full", true)
                .containsEntry("creditCode", code)
                .containsEntry("contactPhone", "13912345678")
                .containsEntry("contactEmail", "contact@example.org");
        assertThat(created.map("registeredRegion")).containsEntry("name", "昭通市");
        assertThat(created.body().get("serviceRegionCodes")).isEqualTo(List.of("530621", "530627"));
        long id = id(created);

        List<Map<String, Object>> mine = listOf(owner, "/api/organisations/mine");
        assertThat(mine).singleElement().satisfies(o -> {
            assertThat(o).containsEntry("role", "owner").containsEntry("status", "draft");
            assertThat(((Number) o.get("id")).longValue()).isEqualTo(id);
        });
        assertThat(count("SELECT count(*) FROM organisation_member WHERE organisation_id = " + id + " AND account_id = "
                        + owner.id() + " AND role = 'owner'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'organisation.created' AND object_id = '" + id
                        + "' AND actor_id = " + owner.id()))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM search_outbox WHERE aggregate_type = 'organisation' AND aggregate_id = "
                        + id))
                .as("a draft is not announced to the search index")
                .isZero();
        assertThat(send(owner, HttpRequest.GET("/api/account")).body().get("memberships"))
                .as("the account's own view lists its organisations")
                .isEqualTo(List.of(Map.of(
                        "organisationId", (int) id,
                        "organisationName", "昭通市测试社工中心",
                        "organisationStatus", "draft",
                        "role", "owner")));
    }

    @Test
    void anInvalidCreditCodeIsRefusedNamingTheFieldInChineseAndEnglishAndNothingIsStored() {
        Caller owner = account("刘负责人");
        long before = count("SELECT count(*) FROM organisation");
        String wrong = "91350100M000100Y44";
        Answer zh = send(owner, post("/api/organisations", request("校验位错误的机构", wrong)));
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.contentType()).startsWith("application/problem+json");
        assertThat(zh.errorFields()).containsExactly("creditCode");
        assertThat(message(zh, "creditCode")).contains("统一社会信用代码");
        Answer en = send(
                owner, post("/api/organisations", request("校验位错误的机构", wrong)).header("Accept-Language", "en"));
        assertThat(en.status()).isEqualTo(400);
        assertThat(message(en, "creditCode")).contains("unified social credit code");
        assertThat(count("SELECT count(*) FROM organisation")).isEqualTo(before);
    }

    @Test
    void anInvalidContactPhoneOrEmailIsRefusedNamingTheFieldsAndNothingIsStored() {
        Caller owner = account("赵负责人");
        long before = count("SELECT count(*) FROM organisation");
        Map<String, Object> body = request("联系方式错误的机构", nextCreditCode());
        body.put("contactPhone", "12345678901");
        body.put("contactEmail", "not-an-address");
        Answer zh = send(owner, post("/api/organisations", body));
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.errorFields()).containsExactlyInAnyOrder("contactPhone", "contactEmail");
        assertThat(message(zh, "contactPhone")).contains("手机号码");
        assertThat(message(zh, "contactEmail")).contains("邮箱");
        Answer en = send(owner, post("/api/organisations", body).header("Accept-Language", "en"));
        assertThat(message(en, "contactPhone")).contains("mobile number");
        assertThat(message(en, "contactEmail")).contains("e-mail address");
        assertThat(count("SELECT count(*) FROM organisation")).isEqualTo(before);
    }

    @Test
    void aCreditCodeHeldByASubmittedOrganisationGives409AtRegistrationAndNothingIsStored() {
        Caller first = account("先登记者");
        Caller second = account("后登记者");
        String code = nextCreditCode();
        Answer created = send(first, post("/api/organisations", request("先登记的机构", code)));
        assertThat(created.status()).isEqualTo(201);
        uploadPdf(first, id(created));
        assertThat(send(first, post("/api/organisations/" + id(created) + "/submit", Map.of()))
                        .status())
                .isEqualTo(200);
        long before = count("SELECT count(*) FROM organisation");
        Answer again = send(second, post("/api/organisations", request("后登记的机构", code.toLowerCase(Locale.ROOT))));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").toString()).endsWith("/conflict");
        assertThat(again.body().get("detail").toString()).contains("统一社会信用代码");
        assertThat(again.errorFields()).containsExactly("creditCode");
        assertThat(count("SELECT count(*) FROM organisation")).isEqualTo(before);
        assertThat(listOf(second, "/api/organisations/mine")).isEmpty();
    }

    @Test
    void aDraftNoLongerBlocksARealOrganisationsCreditCodeWhichIsRefusedToTheSquatterAtSubmission() {
        Caller squatter = account("抢注者");
        Caller real = account("真实机构负责人");
        Caller late = account("迟到者");
        String code = nextCreditCode();
        Answer squat = send(squatter, post("/api/organisations", request("抢注的机构", code)));
        assertThat(squat.status()).isEqualTo(201);
        long squatId = id(squat);
        uploadPdf(squatter, squatId);

        Answer realDraft = send(real, post("/api/organisations", request("真实的社工机构", code)));
        assertThat(realDraft.status()).as("a draft does not hold the code").isEqualTo(201);
        long realId = id(realDraft);
        Answer lateDraft = send(late, post("/api/organisations", request("另一份草稿", code)));
        assertThat(lateDraft.status()).as("two drafts may share a code").isEqualTo(201);
        uploadPdf(real, realId);
        assertThat(send(real, post("/api/organisations/" + realId + "/submit", Map.of()))
                        .body())
                .containsEntry("status", "submitted");
        assertThat(decide(realId, "verify", null).body()).containsEntry("status", "verified");

        Answer refused = send(squatter, post("/api/organisations/" + squatId + "/submit", Map.of()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("creditCode");
        assertThat(refused.body().get("detail").toString()).contains("统一社会信用代码").contains("已提交审核或已认证");
        Answer english = send(
                squatter,
                post("/api/organisations/" + squatId + "/submit", Map.of()).header("Accept-Language", "en"));
        assertThat(english.body().get("detail").toString()).contains("unified social credit code");
        assertThat(send(squatter, HttpRequest.GET("/api/organisations/" + squatId))
                        .body())
                .containsEntry("status", "draft");
        assertThat(send(late, post("/api/organisations", request("再次抢注", code))).status())
                .as("a code held by a verified organisation is refused at registration too")
                .isEqualTo(409);
    }

    @Test
    void anOrganisationNameWithALineBreakIsRefused() {
        Caller owner = account("换行负责人");
        for (String name : List.of("正常机构\r\n伪造的第二行", "正常机构\n第二行", "正常机构\u2028")) {
            Answer answer = send(owner, post("/api/organisations", request(name, nextCreditCode())));
            assertThat(answer.status()).as(name).isEqualTo(400);
            assertThat(answer.errorFields()).containsExactly("name");
        }
        Map<String, Object> body = request("多行描述的机构", nextCreditCode());
        body.put("description", "第一段。\r\n第二段。");
        assertThat(send(owner, post("/api/organisations", body)).status())
                .as("descriptions keep their line breaks")
                .isEqualTo(201);
    }

    @Test
    void anAccountOwnsAtMostFiveOrganisations() {
        Caller owner = account("多机构负责人");
        for (int i = 1; i <= 5; i++) {
            createOrganisation(owner, "配额测试机构" + i);
        }
        Answer sixth = send(owner, post("/api/organisations", request("第六家机构", nextCreditCode())));
        assertThat(sixth.status()).isEqualTo(409);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(sixth.body().get("detail").toString()).contains("5");
        assertThat(listOf(owner, "/api/organisations/mine")).hasSize(5);
    }

    @Test
    void twoRegistrationsAtOnceCannotTakeAnAccountOverTheQuota() throws Exception {
        Caller owner = account("并发配额负责人");
        for (int i = 1; i <= 4; i++) {
            createOrganisation(owner, "并发配额机构" + i);
        }
        List<CompletableFuture<Answer>> registrations;
        try (Connection blocker =
                DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement st = blocker.createStatement()) {
                // Both registrations wait before counting what the account owns, then go on together.
                st.execute("LOCK TABLE organisation_member IN ACCESS EXCLUSIVE MODE");
            }
            registrations = Stream.of("并发配额机构5", "并发配额机构6")
                    .map(name -> CompletableFuture.supplyAsync(
                            () -> send(owner, post("/api/organisations", request(name, nextCreditCode())))))
                    .toList();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (count("SELECT count(*) FROM pg_locks WHERE NOT granted AND database = (SELECT oid FROM"
                            + " pg_database WHERE datname = current_database())")
                    < 2) {
                assertThat(System.nanoTime()).as("both registrations wait").isLessThan(deadline);
                Thread.sleep(20);
            }
            blocker.commit();
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Answer> registration : registrations) {
            statuses.add(registration.get(30, TimeUnit.SECONDS).status());
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(listOf(owner, "/api/organisations/mine")).hasSize(5);
    }

    @Test
    void ownershipCannotBeHandedToAnAccountThatAlreadyOwnsFiveOrganisations() {
        Caller busy = account("满额负责人");
        for (int i = 1; i <= 5; i++) {
            createOrganisation(busy, "满额机构" + i);
        }
        Caller owner = account("转让负责人");
        long org = createOrganisation(owner, "待转让机构");
        send(owner, post("/api/organisations/" + org + "/invitations", Map.of("identifier", busy.email())));
        long invitationId =
                ((Number) listOf(busy, "/api/account/invitations").get(0).get("id")).longValue();
        assertThat(send(busy, post("/api/account/invitations/" + invitationId + "/accept", Map.of()))
                        .status())
                .isEqualTo(204);

        Answer transfer = send(owner, post("/api/organisations/" + org + "/transfer", Map.of("accountId", busy.id())));
        assertThat(transfer.status()).isEqualTo(409);
        assertThat(transfer.body().get("detail").toString()).contains("5");
        assertThat(count("SELECT count(*) FROM organisation_member WHERE organisation_id = " + org
                        + " AND account_id = " + owner.id() + " AND role = 'owner'"))
                .isEqualTo(1);
    }

    @Test
    void anOrganisationHoldsAtMostTheConfiguredNumberOfDocuments() {
        Caller owner = account("材料配额负责人");
        long org = createOrganisation(owner, "材料配额机构");
        for (int i = 0; i < 4; i++) {
            uploadPdf(owner, org);
        }
        Answer fifth = upload(owner, org, "第五份.pdf", MediaType.APPLICATION_PDF_TYPE, PDF, "other");
        assertThat(fifth.status()).isEqualTo(409);
        assertThat(fifth.contentType()).startsWith("application/problem+json");
        assertThat(fifth.body().get("detail").toString()).contains("4");
        assertThat(count("SELECT count(*) FROM organisation_document WHERE organisation_id = " + org))
                .isEqualTo(4);
    }

    @Test
    void uploadsAreRateLimitedPerAccount() {
        Caller owner = account("频繁上传者");
        long one = createOrganisation(owner, "上传频率一号");
        long two = createOrganisation(owner, "上传频率二号");
        long three = createOrganisation(owner, "上传频率三号");
        for (int i = 0; i < 4; i++) {
            uploadPdf(owner, one);
            uploadPdf(owner, two);
        }
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "太快.pdf", MediaType.APPLICATION_PDF_TYPE, PDF)
                .addPart("kind", "other")
                .build();
        HttpResponse<?> response;
        try {
            response = client.toBlocking()
                    .exchange(HttpRequest.POST("/api/organisations/" + three + "/documents", body)
                            .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                            .bearerAuth(owner.token()));
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        assertThat(response.code()).isEqualTo(429);
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(count("SELECT count(*) FROM organisation_document WHERE organisation_id = " + three))
                .isZero();
    }

    @Test
    void anAdministratorMayNotDecideOnTheirOwnOrganisation() {
        String admin = api.adminToken();
        Answer created = api.send(post("/api/organisations", request("管理员自己的机构", nextCreditCode()))
                .bearerAuth(admin));
        assertThat(created.status()).isEqualTo(201);
        long org = id(created);
        MultipartBody file = MultipartBody.builder()
                .addPart("file", "证书.pdf", MediaType.APPLICATION_PDF_TYPE, PDF)
                .addPart("kind", "registration-certificate")
                .build();
        assertThat(api.send(HttpRequest.POST("/api/organisations/" + org + "/documents", file)
                                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                                .bearerAuth(admin))
                        .status())
                .isEqualTo(201);
        assertThat(api.send(post("/api/organisations/" + org + "/submit", Map.of())
                                .bearerAuth(admin))
                        .status())
                .isEqualTo(200);

        Answer own = decide(org, "verify", null);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(own.body().get("detail").toString()).contains("自己");
        assertThat(api.send(HttpRequest.GET("/api/organisations/" + org).bearerAuth(admin))
                        .body())
                .containsEntry("status", "submitted");
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'organisation.verified' AND object_id = '"
                        + org + "'"))
                .isZero();
    }

    // ---- documents

    @Test
    void documentsAreCheckedByContentStoredAndDownloadedAsAttachments() throws IOException {
        Caller owner = account("文件负责人");
        long org = createOrganisation(owner, "材料测试机构");

        Answer stored =
                upload(owner, org, "营业执照 副本.pdf", MediaType.APPLICATION_PDF_TYPE, PDF, "registration-certificate");
        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.body())
                .containsEntry("filename", "营业执照 副本.pdf")
                .containsEntry("contentType", "application/pdf")
                .containsEntry("kind", "registration-certificate");
        assertThat(((Number) stored.body().get("size")).intValue()).isEqualTo(PDF.length);
        assertThat(stored.body()).doesNotContainKey("storageKey");
        long docId = id(stored);

        List<Map<String, Object>> listed = listOf(owner, "/api/organisations/" + org + "/documents");
        assertThat(listed).singleElement().satisfies(d -> assertThat(d).containsEntry("filename", "营业执照 副本.pdf"));

        HttpResponse<byte[]> file = client.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/organisations/" + org + "/documents/" + docId)
                                .bearerAuth(owner.token()),
                        byte[].class);
        assertThat(file.code()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.getContentType())
                .hasValueSatisfying(t -> assertThat(t.toString()).startsWith("application/pdf"));
        assertThat(file.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(count(
                        "SELECT count(*) FROM audit_event WHERE action = 'organisation.document-uploaded' AND object_id = '"
                                + org + "'"))
                .isEqualTo(1);
        assertThat(storedFiles())
                .as("the file is stored under its random key")
                .anySatisfy(f -> assertThat(f.getFileName().toString()).isEqualTo(storageKey(docId)));
    }

    @Test
    void mislabelledFilesAre415AndLeaveNoRowAndNoFile() throws IOException {
        Caller owner = account("错标负责人");
        long org = createOrganisation(owner, "错标测试机构");
        long filesBefore = storedFiles().size();

        Answer pngAsPdf = upload(owner, org, "scan.pdf", MediaType.APPLICATION_PDF_TYPE, PNG, "other");
        assertThat(pngAsPdf.status()).isEqualTo(415);
        assertThat(pngAsPdf.contentType()).startsWith("application/problem+json");
        assertThat(pngAsPdf.body().get("type").toString()).endsWith("/unsupported-media-type");
        assertThat(pngAsPdf.body().get("detail").toString()).contains("PDF");

        Answer pngDeclaredPdf = upload(owner, org, "scan.png", MediaType.APPLICATION_PDF_TYPE, PNG, "other");
        assertThat(pngDeclaredPdf.status()).isEqualTo(415);

        byte[] text = "this is plain text pretending to be a PDF".getBytes(StandardCharsets.UTF_8);
        Answer textAsPdf = upload(owner, org, "certificate.pdf", MediaType.APPLICATION_PDF_TYPE, text, "other");
        assertThat(textAsPdf.status()).isEqualTo(415);

        assertThat(count("SELECT count(*) FROM organisation_document WHERE organisation_id = " + org))
                .isZero();
        assertThat(storedFiles()).hasSize((int) filesBefore);
    }

    @Test
    void anUploadOver10MegabytesIs413ProblemJson() throws IOException {
        Caller owner = account("大文件负责人");
        long org = createOrganisation(owner, "大文件测试机构");
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Answer tooBig = upload(owner, org, "big.pdf", MediaType.APPLICATION_PDF_TYPE, big, "other");
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");
        assertThat(tooBig.body().get("type").toString()).endsWith("/payload-too-large");
        assertThat(count("SELECT count(*) FROM organisation_document WHERE organisation_id = " + org))
                .isZero();
    }

    // ---- verification

    @Test
    void submissionNeedsADocumentAndAdministratorsWorkTheQueueOldestFirst() {
        Caller ownerOne = account("一号负责人");
        Caller ownerTwo = account("二号负责人");
        long one = createOrganisation(ownerOne, "队列一号机构");
        long two = createOrganisation(ownerTwo, "队列二号机构");

        Answer early = send(ownerOne, post("/api/organisations/" + one + "/submit", Map.of()));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.errorFields()).containsExactly("documents");

        uploadPdf(ownerOne, one);
        uploadPdf(ownerTwo, two);
        assertThat(send(ownerOne, post("/api/organisations/" + one + "/submit", Map.of()))
                        .body())
                .containsEntry("status", "submitted");
        assertThat(send(ownerTwo, post("/api/organisations/" + two + "/submit", Map.of()))
                        .body())
                .containsEntry("status", "submitted");

        Answer queue = api.send(
                HttpRequest.GET("/api/admin/organisations?status=submitted").bearerAuth(api.adminToken()));
        assertThat(queue.status()).isEqualTo(200);
        List<Long> order = queue.list("items").stream()
                .map(i -> ((Number) i.get("id")).longValue())
                .filter(i -> i == one || i == two)
                .toList();
        assertThat(order).containsExactly(one, two);
        assertThat(send(ownerOne, HttpRequest.GET("/api/admin/organisations")).status())
                .as("the queue is for administrators only")
                .isEqualTo(403);

        Answer noReason = decide(one, "reject", " ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");

        Answer rejected = decide(one, "reject", "登记证书扫描件不清晰，请重新上传。");
        assertThat(rejected.status()).isEqualTo(200);
        Answer seen = send(ownerOne, HttpRequest.GET("/api/organisations/" + one));
        assertThat(seen.body())
                .containsEntry("status", "rejected")
                .containsEntry("rejectionReason", "登记证书扫描件不清晰，请重新上传。");
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'organisation.rejected' AND object_id = '"
                        + one + "' AND detail LIKE '%不清晰%'"))
                .isEqualTo(1);

        assertThat(decide(two, "verify", null).body()).containsEntry("status", "verified");
        assertThat(count("SELECT count(*) FROM search_outbox WHERE aggregate_type = 'organisation' AND aggregate_id = "
                        + two))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'organisation.verified' AND object_id = '"
                        + two + "'"))
                .isEqualTo(1);
        Answer verifiedAgain = decide(two, "verify", null);
        assertThat(verifiedAgain.status()).isEqualTo(409);

        Answer publicView = api.get("/api/organisations/" + two);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.body()).containsEntry("full", false).containsEntry("status", null);
        assertThat(api.get("/api/organisations/" + one).status())
                .as("a rejected organisation is unknown to the public")
                .isEqualTo(404);

        assertThat(decide(two, "suspend", "暂停：材料待核实").body()).containsEntry("status", "suspended");
        assertThat(count("SELECT count(*) FROM search_outbox WHERE aggregate_type = 'organisation' AND aggregate_id = "
                        + two))
                .as("leaving verified is announced too")
                .isEqualTo(2);
        assertThat(decide(two, "reinstate", null).body()).containsEntry("status", "verified");
    }

    @Test
    void onlyMembersOfAVerifiedOrganisationMayPublishAndTheRefusalSaysTheStatus() {
        Caller owner = account("发布负责人");
        long org = createOrganisation(owner, "发布测试机构");
        Actor actor = new Actor(owner.id(), java.util.Set.of());
        assertThatThrownBy(() -> accessPolicy.requireCanPublish(actor, org))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                    assertThat(e.type()).isEqualTo("organisation-not-verified");
                    assertThat(messages.get(Messages.CHINESE, e.messageKey(), e.args()))
                            .isEqualTo("机构尚未通过认证（当前状态：草稿），不能发布项目。");
                });
        uploadPdf(owner, org);
        send(owner, post("/api/organisations/" + org + "/submit", Map.of()));
        assertThatThrownBy(() -> accessPolicy.requireCanPublish(actor, org))
                .isInstanceOfSatisfying(
                        ForbiddenException.class,
                        e -> assertThat(messages.get(Locale.ENGLISH, e.messageKey(), e.args()))
                                .isEqualTo(
                                        "The organisation is not verified (status: submitted), so it cannot publish projects."));
        decide(org, "verify", null);
        accessPolicy.requireCanPublish(actor, org);
        Caller stranger = account("路人");
        assertThatThrownBy(() -> accessPolicy.requireCanPublish(new Actor(stranger.id(), java.util.Set.of()), org))
                .isInstanceOfSatisfying(
                        ForbiddenException.class, e -> assertThat(e.type()).isEqualTo("not-a-member"));
    }

    @Test
    void changingTheNameOfAVerifiedOrganisationSendsItBackToSubmitted() {
        Caller owner = account("改名负责人");
        long org = createVerifiedOrganisation(owner, "改名前机构");
        long outboxBefore = count(
                "SELECT count(*) FROM search_outbox WHERE aggregate_type = 'organisation' AND aggregate_id = " + org);
        Map<String, Object> body = request("改名后机构", creditCodeOf(owner, org));
        Answer changed = send(owner, HttpRequest.PUT("/api/organisations/" + org, body));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).containsEntry("status", "submitted").containsEntry("name", "改名后机构");
        assertThat(count("SELECT count(*) FROM search_outbox WHERE aggregate_type = 'organisation' AND aggregate_id = "
                        + org))
                .isEqualTo(outboxBefore + 1);
    }

    @Test
    void changingTheKindSubtypeOrRegisteredRegionOfAVerifiedOrganisationSendsItBackToSubmitted() {
        Caller owner = account("身份字段负责人");
        List<Map.Entry<String, Map<String, Object>>> changes = List.of(
                Map.entry("kind", Map.of("kind", "funder", "subtype", "government")),
                Map.entry("subtype", Map.of("subtype", "child-welfare")),
                Map.entry("registeredRegionCode", Map.of("registeredRegionCode", "5301")));
        for (var change : changes) {
            long org = createVerifiedOrganisation(owner, "身份字段机构" + change.getKey());
            Map<String, Object> body = request("身份字段机构" + change.getKey(), creditCodeOf(owner, org));
            body.putAll(change.getValue());
            Answer changed = send(owner, HttpRequest.PUT("/api/organisations/" + org, body));
            assertThat(changed.status()).as(change.getKey()).isEqualTo(200);
            assertThat(changed.body()).as(change.getKey()).containsEntry("status", "submitted");
            assertThat(api.get("/api/organisations/" + org).status())
                    .as("no longer shown publicly as verified after changing " + change.getKey())
                    .isEqualTo(404);
        }
        long unchanged = createVerifiedOrganisation(owner, "只改地址的机构");
        Map<String, Object> body = request("只改地址的机构", creditCodeOf(owner, unchanged));
        body.put("address", "昭通市昭阳区新地址 2 号");
        assertThat(send(owner, HttpRequest.PUT("/api/organisations/" + unchanged, body))
                        .body())
                .as("other fields do not need another check")
                .containsEntry("status", "verified");

        // Suspended: identity fields cannot change (reinstatement would verify them unchecked); others still can.
        long suspended = createVerifiedOrganisation(owner, "暂停中的机构");
        assertThat(decide(suspended, "suspend", "核查中").status()).isEqualTo(200);
        List<Map.Entry<String, Map<String, Object>>> identityChanges = new ArrayList<>(changes);
        identityChanges.add(Map.entry("name", Map.of("name", "暂停中改名的机构")));
        identityChanges.add(Map.entry("legalRepresentative", Map.of("legalRepresentative", "李法人")));
        identityChanges.add(Map.entry("creditCode", Map.of("creditCode", nextCreditCode())));
        for (var change : identityChanges) {
            Map<String, Object> refused = request("暂停中的机构", creditCodeOf(owner, suspended));
            refused.putAll(change.getValue());
            Answer zh = send(owner, HttpRequest.PUT("/api/organisations/" + suspended, refused));
            assertThat(zh.status()).as(change.getKey()).isEqualTo(409);
            assertThat(zh.body().get("detail").toString()).as(change.getKey()).contains("暂停");
            Answer en = send(
                    owner,
                    HttpRequest.PUT("/api/organisations/" + suspended, refused).header("Accept-Language", "en"));
            assertThat(en.body().get("detail").toString()).as(change.getKey()).contains("suspended");
        }
        Map<String, Object> address = request("暂停中的机构", creditCodeOf(owner, suspended));
        address.put("address", "昭通市昭阳区暂停路 3 号");
        assertThat(send(owner, HttpRequest.PUT("/api/organisations/" + suspended, address))
                        .body())
                .containsEntry("status", "suspended");
        Answer reinstated = decide(suspended, "reinstate", null);
        assertThat(reinstated.body())
                .containsEntry("status", "verified")
                .containsEntry("name", "暂停中的机构")
                .containsEntry("kind", "agency")
                .containsEntry("registeredRegionCode", "5306");
    }

    @Test
    void aProjectEditWithoutAVersionIsRefusedNamingTheField() {
        Caller owner = account("版本负责人");
        long org = createVerifiedOrganisation(owner, "版本测试机构");
        Answer draft = send(owner, post("/api/organisations/" + org + "/projects", project()));
        assertThat(draft.status()).isEqualTo(201);
        long projectId = id(draft);
        long version = ((Number) draft.body().get("version")).longValue();

        Map<String, Object> changed = project();
        changed.put("title", "没有版本号的修改");
        changed.put("version", null);
        Answer nullVersion = send(owner, HttpRequest.PUT("/api/projects/" + projectId, changed));
        assertThat(nullVersion.status()).isEqualTo(400);
        assertThat(nullVersion.errorFields()).containsExactly("version");
        changed.remove("version");
        assertThat(send(owner, HttpRequest.PUT("/api/projects/" + projectId, changed))
                        .errorFields())
                .containsExactly("version");
        assertThat(count("SELECT count(*) FROM project WHERE title = '没有版本号的修改'"))
                .isZero();

        changed.put("version", version);
        assertThat(send(owner, HttpRequest.PUT("/api/projects/" + projectId, changed))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aProjectEditCommittedWhileAnotherFromTheSameVersionIsUnderWayMakesTheOtherA409() throws Exception {
        Caller owner = account("并发编辑负责人");
        long org = createVerifiedOrganisation(owner, "并发编辑机构");
        Answer draft = send(owner, post("/api/organisations/" + org + "/projects", project()));
        assertThat(draft.status()).isEqualTo(201);
        long projectId = id(draft);
        long version = ((Number) draft.body().get("version")).longValue();
        ProjectDraft edit = new ProjectDraft(
                "第二个编辑",
                "乐观锁测试用的草稿项目。",
                List.of("530627"),
                List.of("left-behind-children"),
                List.of("left-behind-children"),
                "demonstration",
                null,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                100_000L,
                version);
        Actor actor = new Actor(owner.id(), java.util.Set.of());
        try (Connection first =
                DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            first.setAutoCommit(false);
            try (Statement st = first.createStatement()) {
                // The second edit has read the project and waits at its membership check, before it writes.
                st.execute("LOCK TABLE organisation_member IN ACCESS EXCLUSIVE MODE");
            }
            CompletableFuture<Object> second = CompletableFuture.supplyAsync(() -> {
                try {
                    return projectWorkflow.updateAsMember(actor, projectId, edit);
                } catch (RuntimeException e) {
                    return e;
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (count(
                            "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'organisation_member'::regclass")
                    == 0) {
                assertThat(System.nanoTime()).as("the second edit waits").isLessThan(deadline);
                Thread.sleep(20);
            }
            try (Statement st = first.createStatement()) {
                // The first edit from the same version commits meanwhile.
                st.executeUpdate("UPDATE project SET title = '第一个编辑', version = version + 1 WHERE id = " + projectId);
            }
            first.commit();
            assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOf(ConflictException.class);
        }
        assertThat(send(owner, HttpRequest.GET("/api/projects/" + projectId)).body())
                .containsEntry("title", "第一个编辑")
                .containsEntry("version", (int) version + 1);
    }

    // ---- members and invitations

    @Test
    void theOwnerInvitesStaffWhoAcceptsAndOwnershipCanBeTransferred() {
        Caller owner = account("邀请负责人");
        Caller invitee = account("受邀社工");
        long org = createOrganisation(owner, "邀请测试机构");

        Answer invited = send(
                owner,
                post(
                        "/api/organisations/" + org + "/invitations",
                        Map.of("identifier", invitee.email().toUpperCase(Locale.ROOT))));
        assertThat(invited.status()).isEqualTo(202);
        assertThat(invited.body().get("maskedIdentifier").toString())
                .contains("***")
                .doesNotContain(invitee.email());

        Answer members = send(owner, HttpRequest.GET("/api/organisations/" + org + "/members"));
        assertThat(members.list("invitations"))
                .singleElement()
                .satisfies(i -> assertThat(i.toString()).doesNotContain(invitee.email()));

        List<Map<String, Object>> mine = listOf(invitee, "/api/account/invitations");
        assertThat(mine).singleElement().satisfies(i -> assertThat(i).containsEntry("organisationName", "邀请测试机构"));
        long invitationId = ((Number) mine.get(0).get("id")).longValue();
        assertThat(send(owner, post("/api/account/invitations/" + invitationId + "/accept", Map.of()))
                        .status())
                .as("someone else cannot accept it")
                .isEqualTo(404);
        assertThat(send(invitee, post("/api/account/invitations/" + invitationId + "/accept", Map.of()))
                        .status())
                .isEqualTo(204);
        assertThat(listOf(invitee, "/api/account/invitations")).isEmpty();
        assertThat(listOf(invitee, "/api/organisations/mine"))
                .singleElement()
                .satisfies(o -> assertThat(o).containsEntry("role", "staff"));

        assertThat(send(
                                invitee,
                                post("/api/organisations/" + org + "/invitations", Map.of("identifier", "13800000000")))
                        .status())
                .as("staff cannot invite")
                .isEqualTo(403);
        assertThat(send(invitee, HttpRequest.DELETE("/api/organisations/" + org + "/members/" + owner.id()))
                        .status())
                .isEqualTo(403);

        assertThat(send(owner, post("/api/organisations/" + org + "/transfer", Map.of("accountId", invitee.id())))
                        .status())
                .isEqualTo(204);
        Answer after = send(invitee, HttpRequest.GET("/api/organisations/" + org + "/members"));
        assertThat(after.list("members"))
                .extracting(m -> ((Number) m.get("accountId")).longValue() + ":" + m.get("role"))
                .containsExactly(invitee.id() + ":owner", owner.id() + ":staff");
        assertThat(send(invitee, HttpRequest.DELETE("/api/organisations/" + org + "/members/" + owner.id()))
                        .status())
                .isEqualTo(204);
        assertThat(send(owner, HttpRequest.GET("/api/organisations/" + org)).status())
                .as("a removed member of a draft organisation no longer sees it")
                .isEqualTo(404);

        for (String action :
                List.of("member.invited", "member.joined", "member.ownership-transferred", "member.removed")) {
            assertThat(count("SELECT count(*) FROM audit_event WHERE action = '" + action + "' AND object_id = '" + org
                            + "'"))
                    .as(action)
                    .isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM audit_event WHERE detail LIKE '%" + invitee.email() + "%'"))
                .isZero();
    }

    @Test
    void staffOfAnotherOrganisationCannotReachThisOnesInsides() {
        Caller ownerA = account("甲负责人");
        Caller ownerB = account("乙负责人");
        long draftA = createOrganisation(ownerA, "甲机构草稿");
        long docA = id(uploadPdf(ownerA, draftA));
        long verifiedA = createVerifiedOrganisation(ownerA, "甲机构已认证");
        long docVerifiedA = id(uploadPdf(ownerA, verifiedA));
        createOrganisation(ownerB, "乙机构");

        for (long org : List.of(draftA, verifiedA)) {
            long doc = org == draftA ? docA : docVerifiedA;
            List<MutableHttpRequest<?>> requests = List.of(
                    HttpRequest.PUT("/api/organisations/" + org, request("篡改", nextCreditCode())),
                    post("/api/organisations/" + org + "/submit", Map.of()),
                    HttpRequest.GET("/api/organisations/" + org + "/members"),
                    HttpRequest.GET("/api/organisations/" + org + "/documents"),
                    HttpRequest.GET("/api/organisations/" + org + "/documents/" + doc),
                    HttpRequest.DELETE("/api/organisations/" + org + "/documents/" + doc),
                    post("/api/organisations/" + org + "/invitations", Map.of("identifier", "13900000000")),
                    post("/api/organisations/" + org + "/transfer", Map.of("accountId", ownerB.id())),
                    HttpRequest.DELETE("/api/organisations/" + org + "/members/" + ownerA.id()));
            for (MutableHttpRequest<?> r : requests) {
                int status = send(ownerB, r).status();
                assertThat(status).as(r.getMethodName() + " " + r.getPath()).isEqualTo(org == draftA ? 404 : 403);
            }
            MultipartBody body = MultipartBody.builder()
                    .addPart("file", "x.pdf", MediaType.APPLICATION_PDF_TYPE, PDF)
                    .addPart("kind", "other")
                    .build();
            assertThat(send(
                                    ownerB,
                                    HttpRequest.POST("/api/organisations/" + org + "/documents", body)
                                            .contentType(MediaType.MULTIPART_FORM_DATA_TYPE))
                            .status())
                    .isEqualTo(org == draftA ? 404 : 403);
        }
        assertThat(send(ownerB, HttpRequest.GET("/api/organisations/" + draftA)).status())
                .isEqualTo(404);
        assertThat(send(ownerB, HttpRequest.GET("/api/organisations/" + verifiedA))
                        .body())
                .containsEntry("full", false);
        assertThat(count("SELECT count(*) FROM organisation_document WHERE organisation_id IN (" + draftA + ", "
                        + verifiedA + ")"))
                .as(
                        "nothing uploaded or deleted by the other organisation (one document each, plus the one verified on)")
                .isEqualTo(3);
        assertThat(api.send(HttpRequest.GET("/api/organisations/" + verifiedA + "/members"))
                        .status())
                .as("anonymous")
                .isEqualTo(401);
    }

    // ---- helpers

    /** An account with an e-mail address and {@link #PASSWORD}, created directly in the table the accounts feature owns. */
    private Caller account(String name) {
        String email = "org-" + UUID.randomUUID().toString().substring(0, 8) + "@qianshou.test";
        identifiersUsed.add(email);
        Db.execute(
                dataSource,
                "INSERT INTO account (display_name, email, password_hash) VALUES ('" + name + "', '" + email + "', '"
                        + hasher.hash(PASSWORD) + "')");
        long id = count("SELECT id FROM account WHERE email = '" + email + "'");
        // Not through POST /api/auth/token: its per-address limit (30 a minute) is shared by every test.
        return new Caller(id, email, org.qianshou.testing.Accounts.bearerToken(context, id));
    }

    /** A valid credit code not used before: a Yunnan civil-affairs prefix, a serial and its check character. */
    private String nextCreditCode() {
        String first17 = "52530000MJ" + String.format("%07d", serial.incrementAndGet());
        return first17 + CreditCodes.checkCharacter(first17);
    }

    private Map<String, Object> request(String name, String creditCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "agency");
        body.put("subtype", "social-work-agency");
        body.put("creditCode", creditCode);
        body.put("legalRepresentative", "张法人");
        body.put("registeredRegionCode", "5306");
        body.put("address", "昭通市昭阳区测试路 1 号");
        body.put("serviceRegionCodes", List.of("530621", "530627"));
        body.put("targetGroups", List.of("left-behind-children"));
        body.put("serviceCategories", List.of("left-behind-children"));
        body.put("description", "为留守儿童提供关爱保护服务。");
        body.put("contactPhone", "+86 139-1234-5678");
        body.put("contactEmail", "Contact@Example.org");
        body.put("socialWorkers", Map.of("assistant", 3, "intermediate", 2, "senior", 0));
        return body;
    }

    private static Map<String, Object> project() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "版本测试项目");
        body.put("description", "乐观锁测试用的草稿项目。");
        body.put("regionCodes", List.of("530627"));
        body.put("targetGroups", List.of("left-behind-children"));
        body.put("serviceCategories", List.of("left-behind-children"));
        body.put("programme", "demonstration");
        body.put("startDate", "2026-01-01");
        body.put("endDate", "2026-12-31");
        body.put("budgetFen", 100_000);
        return body;
    }

    private long createOrganisation(Caller owner, String name) {
        Answer created = send(owner, post("/api/organisations", request(name, nextCreditCode())));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(created);
    }

    private long createVerifiedOrganisation(Caller owner, String name) {
        long org = createOrganisation(owner, name);
        uploadPdf(owner, org);
        assertThat(send(owner, post("/api/organisations/" + org + "/submit", Map.of()))
                        .status())
                .isEqualTo(200);
        assertThat(decide(org, "verify", null).status()).isEqualTo(200);
        return org;
    }

    private String creditCodeOf(Caller owner, long org) {
        return (String)
                send(owner, HttpRequest.GET("/api/organisations/" + org)).body().get("creditCode");
    }

    private Answer decide(long org, String decision, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        return api.send(
                post("/api/admin/organisations/" + org + "/decision", body).bearerAuth(api.adminToken()));
    }

    private Answer uploadPdf(Caller owner, long org) {
        Answer answer = upload(owner, org, "登记证书.pdf", MediaType.APPLICATION_PDF_TYPE, PDF, "registration-certificate");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer;
    }

    private Answer upload(Caller caller, long org, String filename, MediaType type, byte[] bytes, String kind) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", filename, type, bytes)
                .addPart("kind", kind)
                .build();
        try {
            return send(
                    caller,
                    HttpRequest.POST("/api/organisations/" + org + "/documents", body)
                            .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        } catch (HttpClientResponseException e) {
            throw new AssertionError(e);
        }
    }

    private List<Path> storedFiles() throws IOException {
        Path root = Path.of(context.getRequiredProperty("qianshou.documents-dir", String.class));
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static MutableHttpRequest<Object> post(String path, Object body) {
        return HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private Answer send(Caller caller, MutableHttpRequest<?> request) {
        return api.send(request.bearerAuth(caller.token()));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> listOf(Caller caller, String path) {
        return client.toBlocking()
                .retrieve(
                        HttpRequest.GET(path).bearerAuth(caller.token()),
                        io.micronaut.core.type.Argument.listOf(
                                io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
    }

    private static long id(Answer answer) {
        return ((Number) answer.body().get("id")).longValue();
    }

    private static String message(Answer problem, String field) {
        return problem.list("errors").stream()
                .filter(e -> field.equals(e.get("field")))
                .map(e -> (String) e.get("message"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + problem));
    }

    private String storageKey(long docId) {
        try (var c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource)
                        .getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT storage_key FROM organisation_document WHERE id = " + docId)) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private long count(String sql) {
        return Db.count(dataSource, sql);
    }
}
