package org.qianshou.system;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.qianshou.search.ProjectIndex;
import org.qianshou.search.ProjectIndexer;
import org.qianshou.search.ProjectSearch;
import org.qianshou.search.SearchClients;

/** Wires the framework-free search module into the application. */
@Factory
class SearchBeans {

    @Singleton
    @Bean(preDestroy = "close")
    ElasticsearchClient elasticsearchClient(SearchConfiguration config) {
        return SearchClients.create(
                config.url(), config.apiKeyOrNull(), config.usernameOrNull(), config.passwordOrNull());
    }

    @Singleton
    ProjectIndex projectIndex(ElasticsearchClient client, SearchConfiguration config) {
        return new ProjectIndex(client, config.indexPrefix());
    }

    @Singleton
    ProjectIndexer projectIndexer(ElasticsearchClient client, ProjectIndex index) {
        return new ProjectIndexer(client, index);
    }

    @Singleton
    ProjectSearch projectSearch(ElasticsearchClient client, ProjectIndex index) {
        return new ProjectSearch(client, index);
    }
}
