package org.qianshou.system;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.qianshou.search.SearchClients;

/** Wires the framework-free search module into the application: one client for every index. */
@Factory
class SearchBeans {

    @Singleton
    @Bean(preDestroy = "close")
    ElasticsearchClient elasticsearchClient(SearchConfiguration config) {
        return SearchClients.create(
                config.url(),
                config.apiKeyOrNull(),
                config.usernameOrNull(),
                config.passwordOrNull(),
                config.socketTimeoutMillis());
    }
}
