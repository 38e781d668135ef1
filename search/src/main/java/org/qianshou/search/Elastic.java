package org.qianshou.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;

/** Runs one client call and turns transport failures into {@link SearchUnavailableException}. */
final class Elastic {
    private Elastic() {}

    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch is unavailable (" + what + "): " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500) {
                throw new SearchUnavailableException(
                        "Elasticsearch is unavailable (" + what + "): " + e.getMessage(), e);
            }
            throw e;
        }
    }

    static boolean isIndexNotFound(ElasticsearchException e) {
        return e.status() == 404 && "index_not_found_exception".equals(e.error().type());
    }
}
