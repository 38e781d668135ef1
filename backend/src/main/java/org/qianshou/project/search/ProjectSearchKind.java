package org.qianshou.project.search;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.qianshou.project.ProjectService;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.SearchIndex;
import org.qianshou.search.project.ProjectDocument;
import org.qianshou.search.project.ProjectQueries;
import org.qianshou.system.search.SearchIndices;
import org.qianshou.system.search.SearchKind;

/**
 * Projects in search: every project is indexed (drafts and withheld ones too; public queries filter on status), so
 * an outbox row always becomes an upsert of the project's current state.
 */
@Singleton
public class ProjectSearchKind implements SearchKind<ProjectDocument> {

    private final ProjectService projects;
    private final SearchIndex<ProjectDocument> index;

    ProjectSearchKind(ProjectService projects, SearchIndices indices) {
        this.projects = projects;
        this.index = indices.index(ProjectQueries.KIND);
    }

    @Override
    public String aggregateType() {
        return ProjectService.AGGREGATE;
    }

    @Override
    public SearchIndex<ProjectDocument> index() {
        return index;
    }

    @Override
    public List<IndexOperation<ProjectDocument>> operations(List<Long> ids) {
        return projects.documents(ids).stream().map(IndexOperation::upsert).toList();
    }

    @Override
    public List<ProjectDocument> documentsAfter(long afterId, int limit) {
        return projects.documentsAfter(afterId, limit);
    }

    @Override
    public long databaseCount() {
        return projects.count();
    }

    @Override
    public int reannounceChangedSince(Instant since) {
        return projects.reannounceChangedSince(since);
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
