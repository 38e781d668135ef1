package org.qianshou.taxonomy;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * All taxonomies of DOMAIN.md, as {@code GET /api/taxonomies} returns them (skills since issue 8, budget categories
 * since issue 9).
 */
@Serdeable
public record Taxonomies(
        List<Term> serviceCategories,
        List<Term> targetGroups,
        List<Term> fundingTypes,
        List<Term> programmes,
        List<Skill> skills,
        List<BudgetCategory> budgetCategories) {}
