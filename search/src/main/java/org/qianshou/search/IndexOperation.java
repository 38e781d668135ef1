package org.qianshou.search;

/**
 * One write for an {@link Indexer}: index a document's current state, or remove it.
 *
 * @param <D> the document type of the index
 */
public sealed interface IndexOperation<D extends IndexedDocument> permits IndexOperation.Upsert, IndexOperation.Delete {
    long id();

    /** The external version of the write. */
    long version();

    static <D extends IndexedDocument> IndexOperation<D> upsert(D document) {
        return new Upsert<>(document);
    }

    static <D extends IndexedDocument> IndexOperation<D> delete(long id, long version) {
        return new Delete<>(id, version);
    }

    record Upsert<D extends IndexedDocument>(D document) implements IndexOperation<D> {
        @Override
        public long id() {
            return document.id();
        }

        @Override
        public long version() {
            return document.version();
        }
    }

    /**
     * Removes a document that should no longer be found (or whose row is gone).
     *
     * @param version the version of the deletion (the row's version after the change, or the like)
     */
    record Delete<D extends IndexedDocument>(long id, long version) implements IndexOperation<D> {}
}
