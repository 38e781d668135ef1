package org.qianshou.taxonomy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The four reference taxonomies, seeded by migrations, in their display order. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TaxonomyRepository extends GenericRepository<TaxonomyTerm, String> {

    List<TaxonomyTerm> findAllOrderBySortOrderAndCode();

    @Query("SELECT code, name_zh, name_en, sort_order FROM target_group ORDER BY sort_order, code")
    List<TaxonomyTerm> targetGroups();

    @Query("SELECT code, name_zh, name_en, sort_order FROM funding_type ORDER BY sort_order, code")
    List<TaxonomyTerm> fundingTypes();

    @Query("SELECT code, name_zh, name_en, sort_order FROM programme ORDER BY sort_order, code")
    List<TaxonomyTerm> programmes();
}
