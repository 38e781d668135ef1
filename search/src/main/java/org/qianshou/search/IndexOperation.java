package org.qianshou.search;

/** One write for {@link ProjectIndexer}: index a project's current state, or remove it. */
public sealed interface IndexOperation permits IndexOperation.Upsert, IndexOperation.Delete {
    long id();

    record Upsert(ProjectDocument document) implements IndexOperation {
        @Override
        public long id() {
            return document.id();
        }
    }

    /** @param version the version of the deletion (the row's last version + 1 or the like) */
    record Delete(long id, long version) implements IndexOperation {}
}
