package org.qianshou.system.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qianshou.testing.RealServices;

/**
 * The served API document is valid OpenAPI to a standard parser, and it describes every route the
 * router has (taken from the router, as {@code RouteAccessIT} takes them, not from a hand list).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIT implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        return RealServices.isolatedProperties("openapi");
    }

    @Test
    void theDocumentIsServedAnonymouslyAsYamlAndIsValidOpenApi() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/api/openapi.yml"), String.class);
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.getContentType().orElseThrow().toString()).startsWith("application/yaml");

        SwaggerParseResult result = parse(response.body());
        assertThat(result.getMessages()).as("parser messages").isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getInfo().getTitle()).isEqualTo("Qianshou API");
        assertThat(api.getComponents().getSchemas())
                .as("schemas of the records")
                .isNotEmpty();
    }

    @Test
    void everyRouteOfTheRouterIsInTheDocument() {
        OpenAPI api = parse(client.toBlocking().retrieve("/api/openapi.yml")).getOpenAPI();
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes().toList();
        assertThat(routes).as("the router lists the application's routes").hasSizeGreaterThan(40);

        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> documented = new TreeSet<>();
        for (UriRouteInfo<?, ?> route : routes) {
            String path = route.getUriMatchTemplate().toPathString();
            String method = route.getHttpMethodName();
            PathItem item = api.getPaths().get(path);
            boolean present = item != null && operation(item, method);
            (present ? documented : missing).add(method + " " + path);
        }
        assertThat(missing)
                .as(
                        "routes the document does not describe (annotate the controller, then refresh the committed"
                                + " spec: %s)",
                        OpenApiSpecTest.REFRESH_COMMAND)
                .isEmpty();
        assertThat(documented).contains("GET /api/projects/{id}", "GET /api/openapi.yml", "GET /health");
    }

    @Test
    void everyOperationOfTheDocumentIsARouteOfTheRouter() {
        OpenAPI api = parse(client.toBlocking().retrieve("/api/openapi.yml")).getOpenAPI();
        TreeSet<String> routes = new TreeSet<>();
        router.uriRoutes()
                .forEach(r -> routes.add(
                        r.getHttpMethodName() + " " + r.getUriMatchTemplate().toPathString()));
        TreeSet<String> unknown = new TreeSet<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().keySet().forEach(method -> {
                    String key = method.name() + " " + path;
                    if (!routes.contains(key)) {
                        unknown.add(key);
                    }
                }));
        assertThat(unknown)
                .as(
                        "operations in the document that the application does not serve (refresh the spec: %s)",
                        OpenApiSpecTest.REFRESH_COMMAND)
                .isEmpty();
    }

    /** A HEAD route is the GET route's twin (Micronaut adds it); OpenAPI describes it through the GET. */
    private static boolean operation(PathItem item, String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD" -> item.getGet() != null;
            case "POST" -> item.getPost() != null;
            case "PUT" -> item.getPut() != null;
            case "PATCH" -> item.getPatch() != null;
            case "DELETE" -> item.getDelete() != null;
            case "OPTIONS" -> item.getOptions() != null;
            default -> false;
        };
    }

    private static SwaggerParseResult parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(yaml, null, options);
    }
}
