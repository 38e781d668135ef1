package org.qianshou.taxonomy;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code budget_category} (V11). */
@MappedEntity("budget_category")
record BudgetCategoryRow(@Id String code, String nameZh, String nameEn, boolean managementFee, int sortOrder) {

    BudgetCategory category() {
        return new BudgetCategory(code, nameZh, nameEn, managementFee);
    }
}
