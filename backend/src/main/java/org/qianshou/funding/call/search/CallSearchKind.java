package org.qianshou.funding.call.search;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.qianshou.funding.call.CallService;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.call.CallDocument;
import org.qianshou.search.call.CallQueries;
import org.qianshou.system.search.SearchIndices;
import org.qianshou.system.search.SearchKind;

/**
 * Calls in search: every call is indexed (drafts and cancelled ones too; public queries ask for published and closed
 * ones of verified funders), so an outbox row always becomes an upsert of the call's current state.
 */
@Singleton
public class CallSearchKind implements SearchKind<CallDocument> {

    private final CallService calls;
    private final SearchIndex<CallDocument> index;

    CallSearchKind(CallService calls, SearchIndices indices) {
        this.calls = calls;
        this.index = indices.index(CallQueries.KIND);
    }

    @Override
    public String aggregateType() {
        return CallService.AGGREGATE;
    }

    @Override
    public SearchIndex<CallDocument> index() {
        return index;
    }

    @Override
    public List<IndexOperation<CallDocument>> operations(List<Long> ids) {
        return calls.documents(ids).stream().map(IndexOperation::upsert).toList();
    }

    @Override
    public List<CallDocument> documentsAfter(long afterId, int limit) {
        return calls.documentsAfter(afterId, limit);
    }

    @Override
    public long databaseCount() {
        return calls.count();
    }

    @Override
    public int reannounceChangedSince(Instant since) {
        return calls.reannounceChangedSince(since);
    }

    @Override
    public int getOrder() {
        return 30;
    }
}
