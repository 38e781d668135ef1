package org.qianshou.project;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** The {@code project_target_group} join table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProjectTargetGroupRepository extends GenericRepository<ProjectTargetGroup, ProjectTargetGroup.Key> {

    List<ProjectTargetGroup> saveAll(Iterable<ProjectTargetGroup> rows);

    @Query("DELETE FROM project_target_group WHERE project_id = :projectId")
    void deleteByProject(long projectId);

    @Query(
            "SELECT * FROM project_target_group WHERE project_id IN (:projectIds) ORDER BY project_id, target_group_code")
    List<ProjectTargetGroup> findByProjects(Collection<Long> projectIds);
}
