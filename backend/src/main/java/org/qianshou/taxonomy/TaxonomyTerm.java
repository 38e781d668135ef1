package org.qianshou.taxonomy;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of one of the four taxonomy tables ({@code service_category}, {@code target_group}, {@code funding_type},
 * {@code programme}), which share their columns. Mapped to {@code service_category}; {@link TaxonomyRepository}
 * reads the others with the same columns.
 */
@MappedEntity("service_category")
record TaxonomyTerm(@Id String code, String nameZh, String nameEn, int sortOrder) {

    Term term() {
        return new Term(code, nameZh, nameEn);
    }
}
