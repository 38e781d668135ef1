package org.qianshou.funding.application;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IndicatorRepository extends CrudRepository<IndicatorEntity, Long> {

    List<IndicatorEntity> findByApplicationIdOrderBySeq(long applicationId);

    @Query("DELETE FROM funding_application_indicator WHERE application_id = :applicationId")
    void deleteOfApplication(long applicationId);
}
