package org.qianshou.region;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RegionRepository extends GenericRepository<Region, String> {

    List<Region> findAllOrderByCode();
}
