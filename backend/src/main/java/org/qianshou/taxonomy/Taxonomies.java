package org.qianshou.taxonomy;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** All taxonomies of DOMAIN.md, as {@code GET /api/taxonomies} returns them. */
@Serdeable
public record Taxonomies(
        List<Term> serviceCategories, List<Term> targetGroups, List<Term> fundingTypes, List<Term> programmes) {}
