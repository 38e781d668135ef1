package org.qianshou.project;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The {@code project_region} join table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProjectRegionRepository extends GenericRepository<ProjectRegion, ProjectRegion.Key> {

    List<ProjectRegion> saveAll(Iterable<ProjectRegion> rows);

    @Query("DELETE FROM project_region WHERE project_id = :projectId")
    void deleteByProject(long projectId);

    @Query("SELECT * FROM project_region WHERE project_id IN (:projectIds) ORDER BY project_id, region_code")
    List<ProjectRegion> findByProjects(Collection<Long> projectIds);
}
