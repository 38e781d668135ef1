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
        } catch (RuntimeException e) {
            // The low-level client wraps some transport failures in a bare RuntimeException: a connection it could
            // not lease from its pool in time (every connection busy), a connection closed under it.
            if (isTransportFailure(e)) {
                throw new SearchUnavailableException(
                        "Elasticsearch is unavailable (" + what + "): " + withRootCause(e), e);
            }
            throw e;
        }
    }

    /**
     * The exception's message with its root cause's: the client says "error while performing request" for a connection
     * it could not lease from its pool in time, and only the cause says so ("Connection lease request time out").
     */
    static String withRootCause(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(e.getMessage());
        if (root == e || root.getMessage() == null || message.contains(root.getMessage())) {
            return message;
        }
        return message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    static boolean isTransportFailure(RuntimeException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            // An HTTP protocol error: an answer that is not HTTP, e.g. the client's own request read back on a
            // connection to itself (the fault tests' Elasticsearch port lies in the ephemeral range, and while nothing
            // listened on it a connection's source port was that port: "Not a valid protocol version: POST …").
            if (t instanceof java.util.concurrent.TimeoutException
                    || t instanceof IOException
                    || t instanceof org.apache.http.HttpException
                    || t.getClass().getSimpleName().equals("ConnectionClosedException")) {
                return true;
            }
        }
        return false;
    }

    static boolean isIndexNotFound(ElasticsearchException e) {
        return e.status() == 404 && "index_not_found_exception".equals(e.error().type());
    }
}
