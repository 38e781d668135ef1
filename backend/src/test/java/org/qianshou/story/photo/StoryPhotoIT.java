package org.qianshou.story.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
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
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.organisation.DocumentStore;
import org.qianshou.testing.Api;
import org.qianshou.testing.Api.Answer;
import org.qianshou.testing.Db;
import org.qianshou.testing.FundingFixtures;
import org.qianshou.testing.FundingFixtures.Agency;
import org.qianshou.testing.FundingFixtures.Person;
import org.qianshou.testing.RealServices;

/**
 * Story photos through the API against real PostgreSQL and the document store: a photo that carried GPS, EXIF and XMP
 * is served (every width and the original) with none of it and turned upright; PNG and WebP accepted; files that are
 * not images refused naming {@code file}; pixel bombs refused before decoding; who may upload and see; cache headers;
 * the author's statements, the cover and deletion with the files.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryPhotoIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    DataSource dataSource;

    @Inject
    DocumentStore store;

    @Inject
    StoryPhotoService photos;

    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions;

    Api api;
    FundingFixtures fixtures;
    Agency agency;
    Person outsider;

    @Override
    public Map<String, String> getProperties() {
        return new HashMap<>(RealServices.isolatedProperties("storyphoto"));
    }

    @BeforeAll
    void seed() {
        api = new Api(client.toBlocking());
        fixtures = new FundingFixtures(context, api);
        agency = fixtures.agency("照片测试社工中心", FundingFixtures.ZHENXIONG);
        outsider = fixtures.agency("别家社工中心", FundingFixtures.ZHENXIONG).staff();
    }

    long story(String status) {
        return story(agency, status);
    }

    long story(Agency owner, String status) {
        return Db.count(
                dataSource,
                "INSERT INTO story (organisation_id, project_id, title, region_code, status) VALUES (" + owner.id()
                        + ", " + owner.projectId() + ", '小雨的暑假', '" + FundingFixtures.ZHENXIONG + "', '" + status
                        + "') RETURNING id");
    }

    void setStatus(long story, String status) {
        Db.execute(
                dataSource,
                "UPDATE story SET status = '" + status + "', published_at = now(), version = version + 1 WHERE id = "
                        + story);
    }

    Answer upload(Person who, long story, String filename, MediaType type, byte[] bytes) {
        MultipartBody body =
                MultipartBody.builder().addPart("file", filename, type, bytes).build();
        return api.send(HttpRequest.POST("/api/my/stories/" + story + "/photos", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(who.token()));
    }

    record Fetched(int status, HttpHeaders headers, byte[] body) {}

    Fetched fetch(String path, String token, String ifNoneMatch) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        if (token != null) {
            request.bearerAuth(token);
        }
        if (ifNoneMatch != null) {
            request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        try {
            HttpResponse<byte[]> response = client.toBlocking().exchange(request, byte[].class);
            return new Fetched(response.code(), response.getHeaders(), response.body());
        } catch (HttpClientResponseException e) {
            return new Fetched(e.code(), e.getResponse().getHeaders(), new byte[0]);
        }
    }

    static long id(Answer answer) {
        return ((Number) answer.body().get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> urls(Answer answer) {
        return (Map<String, String>) answer.body().get("urls");
    }

    @Test
    void aPhotoThatCarriedGpsIsServedWithoutAnyMetadataTurnedUprightAtEveryWidth() throws Exception {
        byte[] input = TestImages.jpegWithGpsAndOrientation(1600, 1000);
        // the upload really carries what must go: an EXIF GPS directory, EXIF orientation and XMP
        TiffImageMetadata exif = ((JpegImageMetadata) Imaging.getMetadata(input)).getExif();
        assertThat(exif.getGpsInfo()).isNotNull();
        assertThat(exif.getGpsInfo().getLatitudeAsDegreesNorth()).isCloseTo(TestImages.LATITUDE, within());
        assertThat(exif.getGpsInfo().getLongitudeAsDegreesEast()).isCloseTo(TestImages.LONGITUDE, within());
        assertThat(Imaging.getXmpXml(input)).contains("http://ns.adobe.com/xap/1.0/");
        assertThat(TestImages.contains(input, "Exif\0\0")).isTrue();
        assertThat(TestImages.jpegSegments(input)).contains("FFE1");

        long story = story("draft");
        Answer uploaded = upload(agency.staff(), story, "IMG_0001.jpg", MediaType.IMAGE_JPEG_TYPE, input);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        long photo = id(uploaded);
        // orientation 6 applied: 1600 × 1000 as stored becomes 1000 × 1600 as shown; 1280 would be an upscale
        assertThat(uploaded.body()).containsEntry("width", 1000).containsEntry("height", 1600);
        assertThat(urls(uploaded))
                .containsOnlyKeys("320", "640", "original")
                .containsEntry("320", "/api/stories/" + story + "/photos/" + photo + "/320");
        setStatus(story, "published");

        for (String width : List.of("320", "640", "original")) {
            Fetched served = fetch("/api/stories/" + story + "/photos/" + photo + "/" + width, null, null);
            assertThat(served.status()).as(width).isEqualTo(200);
            assertThat(served.headers().get(HttpHeaders.CONTENT_TYPE)).startsWith("image/jpeg");
            byte[] bytes = served.body();
            ImageMetadata metadata = Imaging.getMetadata(bytes);
            if (metadata instanceof JpegImageMetadata jpeg) {
                assertThat(jpeg.getExif()).as(width + ": EXIF").isNull();
            }
            assertThat(Imaging.getXmpXml(bytes)).as(width + ": XMP").isNull();
            for (String trace : List.of(
                    "Exif\0\0",
                    "MM\0*",
                    "II*\0",
                    "http://ns.adobe.com/xap",
                    "Photoshop 3.0",
                    "ICC_PROFILE",
                    "TestCam")) {
                assertThat(TestImages.contains(bytes, trace))
                        .as(width + " contains " + trace)
                        .isFalse();
            }
            // nothing but the JFIF header and what the image data needs before it
            assertThat(TestImages.jpegSegments(bytes))
                    .as(width)
                    .allMatch(m -> List.of("FFD8", "FFE0", "FFDB", "FFC0", "FFC4", "FFDA")
                            .contains(m));
            BufferedImage image = TestImages.read(bytes);
            int expectedWidth = width.equals("original") ? 1000 : Integer.parseInt(width);
            assertThat(image.getWidth()).isEqualTo(expectedWidth);
            assertThat(image.getHeight()).isEqualTo(expectedWidth * 1600 / 1000);
            // turned clockwise: the left (red) half is now on top, the right (blue) half below
            assertThat(TestImages.reddish(image.getRGB(image.getWidth() / 2, image.getHeight() / 8)))
                    .as(width + " top")
                    .isTrue();
            assertThat(TestImages.bluish(image.getRGB(image.getWidth() / 2, image.getHeight() * 7 / 8)))
                    .as(width + " bottom")
                    .isTrue();
            // public: cached for an hour, then revalidated against the content hash as ETag, 304 to it
            assertThat(served.headers().get(HttpHeaders.CACHE_CONTROL))
                    .isEqualTo("public, max-age=3600, must-revalidate");
            String etag = served.headers().get(HttpHeaders.ETAG);
            assertThat(etag).isEqualTo("\"" + StoryPhotoService.sha256(bytes) + "\"");
            Fetched again = fetch("/api/stories/" + story + "/photos/" + photo + "/" + width, null, etag);
            assertThat(again.status()).isEqualTo(304);
            assertThat(again.headers().get(HttpHeaders.ETAG)).isEqualTo(etag);
        }
        assertThat(fetch("/api/stories/" + story + "/photos/" + photo + "/1280", null, null)
                        .status())
                .isEqualTo(404);
        assertThat(fetch("/api/stories/" + story + "/photos/" + photo + "/999", null, null)
                        .status())
                .isEqualTo(404);
        // what is stored is what is served: the cleaned original's hash is on its row
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM story_photo WHERE id = " + photo + " AND sha256 = '"
                                + StoryPhotoService.sha256(
                                        fetch("/api/stories/" + story + "/photos/" + photo + "/original", null, null)
                                                .body())
                                + "' AND content_type = 'image/jpeg' AND width = 1000 AND height = 1600"))
                .isEqualTo(1);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM story_photo_variant WHERE photo_id = " + photo))
                .isEqualTo(2);
    }

    static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.001);
    }

    @Test
    void pngWithTransparencyStaysPngAndWebpIsAccepted() throws Exception {
        long story = story("draft");
        BufferedImage transparent = TestImages.twoColours(400, 300, BufferedImage.TYPE_INT_ARGB);
        transparent.setRGB(0, 0, 0x00000000);
        Answer png = upload(
                agency.staff(), story, "logo.png", MediaType.IMAGE_PNG_TYPE, TestImages.write(transparent, "png"));
        assertThat(png.status()).as(png.toString()).isEqualTo(201);
        assertThat(png.body()).containsEntry("width", 400).containsEntry("height", 300);
        assertThat(urls(png)).containsOnlyKeys("320", "original");
        Fetched pngServed = fetch(
                "/api/stories/" + story + "/photos/" + id(png) + "/320",
                agency.staff().token(),
                null);
        assertThat(pngServed.status()).isEqualTo(200);
        assertThat(pngServed.headers().get(HttpHeaders.CONTENT_TYPE)).startsWith("image/png");
        assertThat(TestImages.read(pngServed.body()).getColorModel().hasAlpha()).isTrue();

        byte[] webp;
        try (InputStream in = getClass().getResourceAsStream("/photos/two-colours-700x400.webp")) {
            webp = in.readAllBytes();
        }
        // declared as something else and named oddly: the content decides
        Answer fromWebp = upload(agency.staff(), story, "photo", MediaType.APPLICATION_OCTET_STREAM_TYPE, webp);
        assertThat(fromWebp.status()).as(fromWebp.toString()).isEqualTo(201);
        assertThat(fromWebp.body()).containsEntry("width", 700).containsEntry("height", 400);
        assertThat(urls(fromWebp)).containsOnlyKeys("320", "640", "original");
        Fetched served = fetch(
                "/api/stories/" + story + "/photos/" + id(fromWebp) + "/640",
                agency.staff().token(),
                null);
        assertThat(served.headers().get(HttpHeaders.CONTENT_TYPE)).startsWith("image/jpeg");
        BufferedImage image = TestImages.read(served.body());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(TestImages.reddish(image.getRGB(50, 200))).isTrue();
        assertThat(TestImages.bluish(image.getRGB(600, 200))).isTrue();
    }

    @Test
    void filesThatAreNotImagesAndPixelBombsAreRefusedNamingFileAndNothingIsWritten() {
        long story = story("draft");
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] text = "这不是一张图片，只是改了扩展名的文本文件。".getBytes(StandardCharsets.UTF_8);
        byte[] brokenJpeg = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        for (Answer refused : List.of(
                upload(agency.staff(), story, "renamed.jpg", MediaType.IMAGE_JPEG_TYPE, pdf),
                upload(agency.staff(), story, "renamed.png", MediaType.IMAGE_PNG_TYPE, text),
                upload(agency.staff(), story, "broken.jpg", MediaType.IMAGE_JPEG_TYPE, brokenJpeg))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("file");
        }
        Answer english = api.send(HttpRequest.POST(
                        "/api/my/stories/" + story + "/photos",
                        MultipartBody.builder()
                                .addPart("file", "renamed.jpg", MediaType.IMAGE_JPEG_TYPE, pdf)
                                .build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .bearerAuth(agency.staff().token()));
        assertThat(english.toString()).contains("JPEG, PNG or WebP");

        // 12,000 × 12,000 = 144 megapixels in the header: refused from the header, never decoded
        Answer bomb = upload(
                agency.staff(), story, "bomb.png", MediaType.IMAGE_PNG_TYPE, TestImages.pngHeaderOnly(12_000, 12_000));
        assertThat(bomb.status()).as(bomb.toString()).isEqualTo(400);
        assertThat(bomb.errorFields()).containsExactly("file");
        assertThat(bomb.toString()).contains("12000×12000");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM story_photo WHERE story_id = " + story))
                .isZero();
    }

    @Test
    void onlyMembersUploadWhileEditableAndOnlyInsidersSeeAnUnpublishedStorysPhotos() {
        byte[] jpeg = TestImages.write(TestImages.twoColours(500, 400, BufferedImage.TYPE_INT_RGB), "jpeg");
        long story = story("draft");
        Answer byOutsider = upload(outsider, story, "a.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg);
        assertThat(byOutsider.status()).isIn(403, 404);
        Answer mine = upload(agency.staff(), story, "a.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg);
        assertThat(mine.status()).isEqualTo(201);
        String path = "/api/stories/" + story + "/photos/" + id(mine) + "/320";
        assertThat(fetch(path, null, null).status()).isEqualTo(404);
        assertThat(fetch(path, outsider.token(), null).status()).isEqualTo(404);
        Fetched member = fetch(path, agency.staff().token(), null);
        assertThat(member.status()).isEqualTo(200);
        assertThat(member.headers().get(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-store");
        assertThat(member.headers().get(HttpHeaders.ETAG)).isNull();
        Fetched admin = fetch(path, api.adminToken(), null);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.headers().get(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-store");

        for (String locked : List.of("submitted", "published")) {
            setStatus(story, locked);
            Answer refused = upload(agency.staff(), story, "b.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg);
            assertThat(refused.status()).as(locked).isEqualTo(409);
            Answer edit =
                    api.send(HttpRequest.PUT("/api/my/stories/" + story + "/photos/" + id(mine), Map.of("altText", "改"))
                            .bearerAuth(agency.staff().token()));
            assertThat(edit.status()).as(locked).isEqualTo(409);
        }
        setStatus(story, "unpublished");
        assertThat(upload(agency.staff(), story, "c.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg)
                        .status())
                .isEqualTo(201);
        assertThat(fetch(path, null, null).status()).isEqualTo(404);
        assertThat(upload(agency.staff(), 999_999_999L, "d.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theAuthorDescribesOrdersAndChoosesTheCoverAndADeleteTakesTheFilesAlong() throws Exception {
        byte[] jpeg = TestImages.write(TestImages.twoColours(700, 500, BufferedImage.TYPE_INT_RGB), "jpeg");
        long story = story("draft");
        long first = id(upload(agency.staff(), story, "1.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg));
        long second = id(upload(agency.staff(), story, "2.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg));
        String token = agency.staff().token();

        Map<String, Object> details = new HashMap<>();
        details.put("altText", "孩子们在操场上跳绳，背影");
        details.put("caption", "课后活动");
        details.put("showsPeople", true);
        details.put("noIdentifiableFace", true);
        details.put("position", 5);
        Answer described = api.send(HttpRequest.PUT("/api/my/stories/" + story + "/photos/" + first, details)
                .bearerAuth(token));
        assertThat(described.status()).as(described.toString()).isEqualTo(200);
        assertThat(described.body())
                .containsEntry("altText", "孩子们在操场上跳绳，背影")
                .containsEntry("caption", "课后活动")
                .containsEntry("showsPeople", true)
                .containsEntry("noIdentifiableFace", true)
                .containsEntry("position", 5);
        Answer bad = api.send(HttpRequest.PUT(
                        "/api/my/stories/" + story + "/photos/" + first,
                        Map.of("altText", "x".repeat(301), "caption", "a\u0007b", "position", -1))
                .bearerAuth(token));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("altText", "caption", "position");
        assertThat(Db.count(
                        dataSource, "SELECT count(*) FROM story_photo WHERE id = " + first + " AND caption = '课后活动'"))
                .isEqualTo(1);

        Answer cover = api.send(HttpRequest.PUT("/api/my/stories/" + story + "/cover", Map.of("photoId", second))
                .bearerAuth(token));
        assertThat(cover.status()).isEqualTo(200);
        assertThat(Db.count(dataSource, "SELECT cover_photo_id FROM story WHERE id = " + story))
                .isEqualTo(second);
        long otherStory = story("draft");
        Answer foreign = api.send(HttpRequest.PUT("/api/my/stories/" + otherStory + "/cover", Map.of("photoId", second))
                .bearerAuth(token));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.errorFields()).containsExactly("photoId");

        List<String> keys = List.of(
                key("SELECT storage_key FROM story_photo WHERE id = " + second),
                key("SELECT storage_key FROM story_photo_variant WHERE photo_id = " + second + " AND width = 320"),
                key("SELECT storage_key FROM story_photo_variant WHERE photo_id = " + second + " AND width = 640"));
        for (String key : keys) {
            try (InputStream in = store.open(key)) {
                assertThat(in.readAllBytes()).isNotEmpty();
            }
        }
        assertThat(api.send(HttpRequest.DELETE("/api/my/stories/" + story + "/photos/" + second)
                                .bearerAuth(outsider.token()))
                        .status())
                .isIn(403, 404);
        Answer deleted = api.send(HttpRequest.DELETE("/api/my/stories/" + story + "/photos/" + second)
                .bearerAuth(token));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM story_photo WHERE id = " + second))
                .isZero();
        assertThat(Db.count(dataSource, "SELECT count(*) FROM story_photo_variant WHERE photo_id = " + second))
                .isZero();
        assertThat(Db.count(
                        dataSource, "SELECT count(*) FROM story WHERE id = " + story + " AND cover_photo_id IS NULL"))
                .isEqualTo(1);
        for (String key : keys) {
            assertThatThrownBy(() -> store.open(key).close()).isInstanceOf(java.io.IOException.class);
        }
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM audit_event WHERE object_type = 'story' AND object_id = '" + story
                                + "' AND action IN ('story.photo-uploaded', 'story.photo-deleted')"))
                .isEqualTo(3);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM audit_event WHERE object_type = 'story' AND object_id = '" + story
                                + "' AND action = 'story.photo-updated'"
                                + " AND detail = 'photo #" + first + " showsPeople=true noIdentifiableFace=true'"))
                .isEqualTo(1);
    }

    @Test
    void aSuspendedOrganisationsPublishedPhotosAreNoLongerPublicAndItsMembersCannotUpload() {
        Agency suspended = fixtures.agency("停用测试社工中心", FundingFixtures.ZHENXIONG);
        byte[] jpeg = TestImages.write(TestImages.twoColours(500, 400, BufferedImage.TYPE_INT_RGB), "jpeg");
        long story = story(suspended, "draft");
        long photo = id(upload(suspended.staff(), story, "a.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg));
        setStatus(story, "published");
        String path = "/api/stories/" + story + "/photos/" + photo + "/original";
        assertThat(fetch(path, null, null).status()).isEqualTo(200);
        Db.execute(dataSource, "UPDATE organisation SET status = 'suspended' WHERE id = " + suspended.id());
        assertThat(fetch(path, null, null).status()).isEqualTo(404);
        assertThat(fetch(path, outsider.token(), null).status()).isEqualTo(404);
        Fetched member = fetch(path, suspended.staff().token(), null);
        assertThat(member.status()).isEqualTo(200);
        assertThat(member.headers().get(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-store");
        setStatus(story, "unpublished");
        Answer refused = upload(suspended.staff(), story, "b.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM story_photo WHERE story_id = " + story))
                .isEqualTo(1);
    }

    @Test
    void deletingAStorysPhotosTakesTheirFilesOnceTheTransactionCommits() throws Exception {
        byte[] jpeg = TestImages.write(TestImages.twoColours(700, 500, BufferedImage.TYPE_INT_RGB), "jpeg");
        long story = story("draft");
        long one = id(upload(agency.staff(), story, "1.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg));
        long two = id(upload(agency.staff(), story, "2.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg));
        List<String> keys = new java.util.ArrayList<>();
        for (long photo : List.of(one, two)) {
            keys.add(key("SELECT storage_key FROM story_photo WHERE id = " + photo));
            keys.add(key("SELECT storage_key FROM story_photo_variant WHERE photo_id = " + photo + " AND width = 320"));
            keys.add(key("SELECT storage_key FROM story_photo_variant WHERE photo_id = " + photo + " AND width = 640"));
        }
        // a rollback keeps rows and files
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
                    photos.deleteAllOf(story);
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessageContaining("rolled back");
        assertThat(Db.count(dataSource, "SELECT count(*) FROM story_photo WHERE story_id = " + story))
                .isEqualTo(2);
        for (String key : keys) {
            try (InputStream in = store.open(key)) {
                assertThat(in.readAllBytes()).isNotEmpty();
            }
        }
        // as the story feature deletes a draft: the photos first, then the story, in one transaction
        int deleted = transactions.executeWrite(status -> {
            int n = photos.deleteAllOf(story);
            return n;
        });
        assertThat(deleted).isEqualTo(2);
        Db.execute(dataSource, "DELETE FROM story WHERE id = " + story);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM story_photo WHERE story_id = " + story))
                .isZero();
        for (String key : keys) {
            assertThatThrownBy(() -> store.open(key).close()).isInstanceOf(java.io.IOException.class);
        }
        assertThatThrownBy(() -> photos.deleteAllOf(story)).isNotNull();
    }

    @Test
    void deletingADraftTakesItsPhotosFilesAlong() throws Exception {
        byte[] jpeg = TestImages.write(TestImages.twoColours(700, 500, BufferedImage.TYPE_INT_RGB), "jpeg");
        long story = story("draft");
        long photo = id(upload(agency.staff(), story, "1.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg));
        List<String> keys = List.of(
                key("SELECT storage_key FROM story_photo WHERE id = " + photo),
                key("SELECT storage_key FROM story_photo_variant WHERE photo_id = " + photo + " AND width = 320"));
        Answer deleted = api.send(HttpRequest.DELETE("/api/my/stories/" + story)
                .bearerAuth(agency.staff().token()));
        assertThat(deleted.status()).as(deleted.toString()).isBetween(200, 204);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM story WHERE id = " + story))
                .isZero();
        for (String key : keys) {
            assertThatThrownBy(() -> store.open(key).close()).isInstanceOf(java.io.IOException.class);
        }
    }

    String key(String sql) {
        try (var c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource)
                        .getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}
