package org.qianshou.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** Global roles ({@code account_role}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRoleRepository extends GenericRepository<AccountRole, AccountRole.Key> {

    List<AccountRole> findByIdAccountId(long accountId);

    boolean existsById(AccountRole.Key id);

    boolean existsByIdRole(String role);

    AccountRole save(AccountRole role);

    void deleteByIdAccountId(long accountId);

    /** Those of the accounts that hold the role. */
    @Query("SELECT account_id FROM account_role WHERE role = :role AND account_id IN (:accountIds)")
    List<Long> holding(String role, Collection<Long> accountIds);
}
