package org.qianshou.volunteer;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A row of {@code volunteer_region} (V8). */
@MappedEntity("volunteer_region")
record VolunteerRegion(@EmbeddedId Key id) {

    VolunteerRegion(long accountId, String code) {
        this(new Key(accountId, code));
    }

    String code() {
        return id.regionCode();
    }

    @Embeddable
    record Key(
            @MappedProperty("account_id") long accountId,
            @MappedProperty("region_code") String regionCode) {}
}
