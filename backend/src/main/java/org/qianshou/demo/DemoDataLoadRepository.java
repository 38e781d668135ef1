package org.qianshou.demo;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DemoDataLoadRepository extends GenericRepository<DemoDataLoad, Integer> {

    long count();

    java.util.Optional<DemoDataLoad> findById(Integer id);

    DemoDataLoad save(DemoDataLoad load);
}
