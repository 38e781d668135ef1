package org.qianshou.organisation.search;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationIndexRow;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;
import org.qianshou.search.IndexOperation;
import org.qianshou.search.organisation.OrganisationDocument;

/**
 * What the organisations index should hold for given ids, read from PostgreSQL: an upsert of each verified
 * organisation, a delete of every other id.
 */
@Singleton
class OrganisationDocuments {

    /**
     * The version of a delete whose organisation row no longer exists: nothing can come back under that id
     * (ids are never reused), so the delete must win over whatever the index holds.
     */
    static final long GONE = Long.MAX_VALUE;

    private final OrganisationService organisations;
    private final RegionService regions;

    OrganisationDocuments(OrganisationService organisations, RegionService regions) {
        this.organisations = organisations;
        this.regions = regions;
    }

    /**
     * One operation per distinct id, in the given order. A verified organisation is upserted with its row's version;
     * any other id is deleted with its row's current version, which grew when it left {@code verified}, so the
     * delete overrides the last indexed state and a later re-verification (a higher version again) overrides the
     * delete.
     */
    List<IndexOperation<OrganisationDocument>> operations(Collection<Long> ids) {
        Map<Long, OrganisationDocument> verified =
                documents(ids).stream().collect(Collectors.toMap(OrganisationDocument::id, Function.identity()));
        List<IndexOperation<OrganisationDocument>> operations = new ArrayList<>();
        for (long id : ids.stream().distinct().toList()) {
            OrganisationDocument document = verified.get(id);
            if (document != null) {
                operations.add(IndexOperation.upsert(document));
            } else {
                long version = organisations.find(id).map(Organisation::version).orElse(GONE);
                operations.add(IndexOperation.delete(id, version));
            }
        }
        return operations;
    }

    /** Documents of the verified organisations among {@code ids}. */
    List<OrganisationDocument> documents(Collection<Long> ids) {
        return organisations.indexRows(ids).stream().map(this::document).toList();
    }

    private OrganisationDocument document(OrganisationIndexRow row) {
        List<String> own = Stream.concat(
                        Stream.ofNullable(row.registeredRegionCode()), row.serviceRegionCodes().stream())
                .toList();
        List<String> regionNames =
                regions.withAncestors(own).stream().map(Region::name).toList();
        return new OrganisationDocument(
                row.id(),
                row.version(),
                row.name(),
                row.kind(),
                row.subtype(),
                row.registeredRegionCode(),
                row.serviceRegionCodes(),
                regionNames,
                row.targetGroups(),
                row.serviceCategories(),
                row.description(),
                row.demo(),
                row.updatedAt(),
                row.publishedAt());
    }
}
