package org.qianshou.project;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The {@code project_service_category} join table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProjectServiceCategoryRepository
        extends GenericRepository<ProjectServiceCategory, ProjectServiceCategory.Key> {

    List<ProjectServiceCategory> saveAll(Iterable<ProjectServiceCategory> rows);

    @Query("DELETE FROM project_service_category WHERE project_id = :projectId")
    void deleteByProject(long projectId);

    @Query(
            "SELECT * FROM project_service_category WHERE project_id IN (:projectIds) ORDER BY project_id, category_code")
    List<ProjectServiceCategory> findByProjects(Collection<Long> projectIds);
}
