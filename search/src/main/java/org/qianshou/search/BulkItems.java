package org.qianshou.search;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

final class BulkItems {
    private BulkItems() {}

    /** The index already holds a newer (or the same) version: the write is obsolete, not failed. */
    static boolean isVersionConflict(BulkResponseItem item) {
        return item.status() == 409
                && item.error() != null
                && "version_conflict_engine_exception".equals(item.error().type());
    }

    static String describe(BulkResponseItem item) {
        if (item.error() == null) {
            return "status " + item.status();
        }
        return item.error().type() + ": " + item.error().reason();
    }
}
