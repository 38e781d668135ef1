package org.qianshou.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.RealServices;

/**
 * What a phone's browser may keep: hashed assets for a year without asking again, {@code index.html}
 * (and the deep links answered with it) only after revalidating its ETag.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpaCachingIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("caching");
    }

    @Test
    void hashedAssetsAreCachedForAYearAsImmutable() {
        HttpResponse<String> page = get(HttpRequest.GET("/"));
        Matcher script = Pattern.compile("/assets/[^\"]+\\.js").matcher(page.body());
        assertThat(script.find()).as("index.html names its script").isTrue();
        Matcher style = Pattern.compile("/assets/[^\"]+\\.css").matcher(page.body());
        assertThat(style.find()).as("index.html names its stylesheet").isTrue();

        for (String asset : new String[] {script.group(), style.group()}) {
            HttpResponse<String> response = get(HttpRequest.GET(asset));
            assertThat(response.code()).as(asset).isEqualTo(200);
            assertThat(response.header(HttpHeaders.CACHE_CONTROL))
                    .as(asset)
                    .isEqualTo("public, max-age=31536000, immutable");
        }
    }

    @Test
    void aMissingAssetIsNotCached() {
        HttpResponse<String> response = get(HttpRequest.GET("/assets/index-00000000.js"));
        assertThat(response.code()).isEqualTo(404);
        assertThat(response.header(HttpHeaders.CACHE_CONTROL)).isNotEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void indexHtmlIsRevalidatedAgainstItsEtag() {
        for (String path : new String[] {"/", "/index.html", "/projects/42", "/organisations/mine"}) {
            HttpResponse<String> page = get(HttpRequest.GET(path));
            assertThat(page.code()).as(path).isEqualTo(200);
            assertThat(page.getContentType().orElseThrow().getName()).as(path).isEqualTo("text/html");
            assertThat(page.header(HttpHeaders.CACHE_CONTROL)).as(path).isEqualTo("no-cache");
            String etag = page.header(HttpHeaders.ETAG);
            assertThat(etag).as(path).matches("\"[0-9a-f]{24}\"");

            HttpResponse<String> again = get(HttpRequest.GET(path).header(HttpHeaders.IF_NONE_MATCH, etag));
            assertThat(again.code()).as(path + " revalidated").isEqualTo(304);
            assertThat(again.header(HttpHeaders.ETAG)).isEqualTo(etag);
            assertThat(again.body()).isNullOrEmpty();

            HttpResponse<String> stale = get(HttpRequest.GET(path).header(HttpHeaders.IF_NONE_MATCH, "\"older\""));
            assertThat(stale.code()).as(path + " with an older tag").isEqualTo(200);
            assertThat(stale.body()).contains("/assets/");
        }
    }

    @Test
    void apiAnswersStayUncached() {
        HttpResponse<String> response = get(HttpRequest.GET("/api/taxonomies"));
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(response.header(HttpHeaders.ETAG)).isNull();
    }

    private HttpResponse<String> get(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }
}
