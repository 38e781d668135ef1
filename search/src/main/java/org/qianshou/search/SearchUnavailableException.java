package org.qianshou.search;

/**
 * Elasticsearch cannot serve the request: it cannot be reached (connection refused, timeout), answers with a
 * server error (5xx, e.g. 503 cluster unavailable), or the index behind the alias is missing. The HTTP
 * layer answers 503.
 */
public class SearchUnavailableException extends RuntimeException {
    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
