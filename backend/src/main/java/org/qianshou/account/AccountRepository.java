package org.qianshou.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Accounts ({@code account}); their roles are {@link AccountRoleRepository}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    List<Account> findByIdIn(Collection<Long> ids);

    Optional<Account> findByPhone(String phone);

    Page<Account> findByEmail(String email, Pageable pageable);

    Page<Account> findByPhone(String phone, Pageable pageable);

    /** {@code pattern} is an {@code ILIKE} pattern: the caller escapes {@code %}, {@code _} and {@code \}. */
    Page<Account> findByDisplayNameIlike(String pattern, Pageable pageable);

    Page<Account> findAll(Pageable pageable);

    /**
     * Active accounts holding a global role whose display name contains {@code pattern} (an {@code ILIKE} pattern the
     * caller escapes), by name, at most {@code limit}.
     */
    @Query("SELECT a.* FROM account a JOIN account_role r ON r.account_id = a.id AND r.role = :role"
            + " WHERE a.status = 'active' AND a.display_name ILIKE :pattern ORDER BY a.display_name, a.id LIMIT :limit")
    List<Account> withRole(String role, String pattern, int limit);

    @Query("UPDATE account SET password_hash = :passwordHash, updated_at = now() WHERE id = :id")
    void updatePasswordHash(long id, String passwordHash);

    @Query("UPDATE account SET display_name = :displayName, language = :language, updated_at = now() WHERE id = :id")
    void updateProfile(long id, String displayName, String language);
}
