package org.qianshou.search;

/**
 * The outcome of one {@link IndexOperation}. {@code ok} is also true when the index already held a newer version
 * or, for a delete, no document at all.
 *
 * @param error {@code type: reason} from Elasticsearch when not ok, else {@code null}
 */
public record IndexResult(long id, boolean ok, String error) {}
