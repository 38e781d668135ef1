package org.qianshou.opening.search;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.qianshou.opening.OpeningService;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.opening.OpeningDocument;
import org.qianshou.search.opening.OpeningQueries;
import org.qianshou.system.search.SearchIndices;
import org.qianshou.system.search.SearchKind;

/**
 * Openings in search: every opening is indexed (drafts, closed and cancelled ones too; public queries ask for
 * published ones), so an outbox row always becomes an upsert of the opening's current state with its shifts.
 */
@Singleton
public class OpeningSearchKind implements SearchKind<OpeningDocument> {

    private final OpeningService openings;
    private final SearchIndex<OpeningDocument> index;

    OpeningSearchKind(OpeningService openings, SearchIndices indices) {
        this.openings = openings;
        this.index = indices.index(OpeningQueries.KIND);
    }

    @Override
    public String aggregateType() {
        return OpeningService.AGGREGATE;
    }

    @Override
    public SearchIndex<OpeningDocument> index() {
        return index;
    }

    @Override
    public List<IndexOperation<OpeningDocument>> operations(List<Long> ids) {
        return openings.documents(ids).stream().map(IndexOperation::upsert).toList();
    }

    @Override
    public List<OpeningDocument> documentsAfter(long afterId, int limit) {
        return openings.documentsAfter(afterId, limit);
    }

    @Override
    public long databaseCount() {
        return openings.count();
    }

    @Override
    public int reannounceChangedSince(Instant since) {
        return openings.reannounceChangedSince(since);
    }

    @Override
    public int getOrder() {
        return 20;
    }
}
