package org.qianshou.organisation;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A service category an organisation offers. A row of {@code organisation_service_category}. */
@MappedEntity("organisation_service_category")
record OrganisationServiceCategory(@EmbeddedId Key id) {

    OrganisationServiceCategory(long organisationId, String code) {
        this(new Key(organisationId, code));
    }

    String code() {
        return id.categoryCode();
    }

    @Embeddable
    record Key(
            @MappedProperty("organisation_id") long organisationId,
            @MappedProperty("category_code") String categoryCode) {}
}
