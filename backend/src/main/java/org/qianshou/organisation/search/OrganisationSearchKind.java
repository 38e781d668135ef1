package org.qianshou.organisation.search;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.organisation.OrganisationDocument;
import org.qianshou.search.organisation.OrganisationQueries;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.search.SearchIndices;
import org.qianshou.system.search.SearchKind;

/**
 * Organisations in search: only verified ones are in the index. An outbox row becomes an upsert of a verified
 * organisation and a delete of any other ({@link OrganisationDocuments}).
 */
@Singleton
public class OrganisationSearchKind implements SearchKind<OrganisationDocument> {

    private final OrganisationService organisations;
    private final OrganisationDocuments documents;
    private final Outbox outbox;
    private final SearchIndex<OrganisationDocument> index;

    OrganisationSearchKind(
            OrganisationService organisations, OrganisationDocuments documents, Outbox outbox, SearchIndices indices) {
        this.organisations = organisations;
        this.documents = documents;
        this.outbox = outbox;
        this.index = indices.index(OrganisationQueries.KIND);
    }

    @Override
    public String aggregateType() {
        return OrganisationService.AGGREGATE;
    }

    @Override
    public SearchIndex<OrganisationDocument> index() {
        return index;
    }

    @Override
    public List<IndexOperation<OrganisationDocument>> operations(List<Long> ids) {
        return documents.operations(ids);
    }

    /** The verified organisations after {@code afterId}; one that left verified since its id was read is left out. */
    @Override
    public List<OrganisationDocument> documentsAfter(long afterId, int limit) {
        long after = afterId;
        while (true) {
            List<Long> ids = organisations.verifiedIdsAfter(after, limit);
            if (ids.isEmpty()) {
                return List.of();
            }
            List<OrganisationDocument> found = documents.documents(ids);
            if (!found.isEmpty()) {
                return found;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /** The number of verified organisations, counted page by page through their ids. */
    @Override
    public long databaseCount() {
        long count = 0;
        long afterId = 0;
        while (true) {
            List<Long> ids = organisations.verifiedIdsAfter(afterId, 1000);
            count += ids.size();
            if (ids.size() < 1000) {
                return count;
            }
            afterId = ids.get(ids.size() - 1);
        }
    }

    /** Every organisation changed since {@code since}; those no longer verified become deletes, which are harmless. */
    @Override
    @Transactional
    public int reannounceChangedSince(Instant since) {
        return outbox.enqueueChangedSince(OrganisationService.AGGREGATE, "organisation", since);
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
