package org.qianshou.synonym;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The {@code search_synonym} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SynonymRepository extends GenericRepository<SynonymRow, Long> {

    SynonymRow save(SynonymRow row);

    @Query("SELECT nextval('search_synonym_version_seq')")
    long nextVersion();

    /** The number of the latest change, 0 before the first. */
    @Query("SELECT coalesce(max(version), 0) FROM search_synonym")
    long version();

    @Query("SELECT * FROM search_synonym WHERE removed_at IS NULL ORDER BY id")
    List<SynonymRow> findCurrent();

    @Query("UPDATE search_synonym SET removed_by = :removedBy, removed_at = now(),"
            + " version = nextval('search_synonym_version_seq') WHERE id = :id AND removed_at IS NULL")
    int remove(long id, long removedBy);
}
