package org.qianshou.organisation;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record OrganisationView(long id, String name, String kind, String regionCode, String description, boolean demo) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id(), o.name(), o.kind(), o.regionCode(), o.description(), o.demo());
    }
}
