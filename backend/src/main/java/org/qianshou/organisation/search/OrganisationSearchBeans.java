package org.qianshou.organisation.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.qianshou.search.OrganisationIndex;
import org.qianshou.search.OrganisationIndexer;
import org.qianshou.search.OrganisationSearch;
import org.qianshou.system.SearchConfiguration;

/** The organisations index of the search module, on the client {@code SearchBeans} shares. */
@Factory
class OrganisationSearchBeans {

    @Singleton
    OrganisationIndex organisationIndex(ElasticsearchClient client, SearchConfiguration config) {
        return new OrganisationIndex(client, config.indexPrefix());
    }

    @Singleton
    OrganisationIndexer organisationIndexer(ElasticsearchClient client, OrganisationIndex index) {
        return new OrganisationIndexer(client, index);
    }

    @Singleton
    OrganisationSearch organisationSearch(ElasticsearchClient client, OrganisationIndex index) {
        return new OrganisationSearch(client, index);
    }
}
