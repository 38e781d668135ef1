package org.qianshou.organisation;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A service region of an organisation (a county, prefecture or province it works in). A row of {@code organisation_service_region}. */
@MappedEntity("organisation_service_region")
record OrganisationServiceRegion(@EmbeddedId Key id) {

    OrganisationServiceRegion(long organisationId, String code) {
        this(new Key(organisationId, code));
    }

    String code() {
        return id.regionCode();
    }

    @Embeddable
    record Key(
            @MappedProperty("organisation_id") long organisationId,
            @MappedProperty("region_code") String regionCode) {}
}
