package org.qianshou.story.search;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.story.StoryDocument;
import org.qianshou.search.story.StoryQueries;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.search.SearchIndices;
import org.qianshou.system.search.SearchKind;

/**
 * Stories in search: only published stories of verified organisations are in the index. An outbox row ({@code story},
 * written by the story feature with every change) becomes an upsert of such a story and a delete of any other
 * ({@link StoryDocuments}).
 */
@Singleton
public class StorySearchKind implements SearchKind<StoryDocument> {

    /** The outbox aggregate type of stories. */
    public static final String AGGREGATE = "story";

    private final StoryDocuments documents;
    private final StoryIndexRepository repository;
    private final Outbox outbox;
    private final SearchIndex<StoryDocument> index;

    StorySearchKind(StoryDocuments documents, StoryIndexRepository repository, Outbox outbox, SearchIndices indices) {
        this.documents = documents;
        this.repository = repository;
        this.outbox = outbox;
        this.index = indices.index(StoryQueries.KIND);
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public SearchIndex<StoryDocument> index() {
        return index;
    }

    @Override
    @Transactional
    public List<IndexOperation<StoryDocument>> operations(List<Long> ids) {
        return documents.operations(ids);
    }

    @Override
    @ReadOnly
    public List<StoryDocument> documentsAfter(long afterId, int limit) {
        return documents.publishedAfter(afterId, limit);
    }

    @Override
    @ReadOnly
    public long databaseCount() {
        return documents.count();
    }

    @Override
    @Transactional
    public int reannounceChangedSince(Instant since) {
        List<Long> ids = repository.idsChangedSince(since);
        outbox.enqueueAll(AGGREGATE, ids);
        return ids.size();
    }

    @Override
    public int getOrder() {
        return 40;
    }
}
