package org.qianshou.search;

/** One write for {@link OrganisationIndexer}: index a verified organisation's current state, or remove it. */
public sealed interface OrganisationOperation permits OrganisationOperation.Upsert, OrganisationOperation.Delete {
    long id();

    record Upsert(OrganisationDocument document) implements OrganisationOperation {
        @Override
        public long id() {
            return document.id();
        }
    }

    /**
     * Removes an organisation that is no longer verified (rejected, suspended, sent back for review) or gone.
     *
     * @param version the version of the deletion (the row's version after the change, or the like)
     */
    record Delete(long id, long version) implements OrganisationOperation {}
}
