package org.qianshou.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

/** Builds the {@link ElasticsearchClient}: fail fast on an outage, dates as ISO strings. */
public final class SearchClients {
    static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    static final int SOCKET_TIMEOUT_MILLIS = 10_000;

    /**
     * Connections to Elasticsearch, per node and in all. The low-level client's default (10 per node) made searches
     * beyond the tenth wait for a connection, and fail after {@value #CONNECT_TIMEOUT_MILLIS} ms, whenever ten slow
     * searches were running (the 1,000,000-project benchmark at 32 connections: 22 of 31 answers were errors). A
     * request waiting in Elasticsearch's own queue is answered; one waiting here for a connection is not.
     */
    static final int MAX_CONNECTIONS = 64;

    private SearchClients() {}

    /**
     * @param url one or more comma-separated node URLs, e.g. {@code http://127.0.0.1:59200}
     * @param apiKey an encoded API key, or {@code null}; wins over username/password
     * @param username basic-auth user, or {@code null}
     * @param password basic-auth password, or {@code null}
     */
    public static ElasticsearchClient create(String url, String apiKey, String username, String password) {
        return create(url, apiKey, username, password, SOCKET_TIMEOUT_MILLIS);
    }

    /**
     * As {@link #create(String, String, String, String)}, with how long to wait for an answer ({@value
     * #SOCKET_TIMEOUT_MILLIS} ms there): longer for a rebuild on a busy machine.
     */
    public static ElasticsearchClient create(
            String url, String apiKey, String username, String password, int socketTimeoutMillis) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Elasticsearch URL is required");
        }
        HttpHost[] hosts = Arrays.stream(url.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(HttpHost::create)
                .toArray(HttpHost[]::new);
        var builder = RestClient.builder(hosts)
                .setRequestConfigCallback(config -> config.setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                        .setConnectionRequestTimeout(CONNECT_TIMEOUT_MILLIS)
                        .setSocketTimeout(socketTimeoutMillis))
                .setHttpClientConfigCallback(
                        http -> http.setMaxConnPerRoute(MAX_CONNECTIONS).setMaxConnTotal(MAX_CONNECTIONS));
        Header auth = authorization(apiKey, username, password);
        if (auth != null) {
            builder.setDefaultHeaders(new Header[] {auth});
        }
        return new ElasticsearchClient(
                new RestClientTransport(builder.build(), new JacksonJsonpMapper(objectMapper())));
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static Header authorization(String apiKey, String username, String password) {
        if (apiKey != null && !apiKey.isBlank()) {
            return new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + apiKey);
        }
        if (username != null && !username.isBlank()) {
            String pair = username + ":" + (password == null ? "" : password);
            return new BasicHeader(
                    HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return null;
    }
}
