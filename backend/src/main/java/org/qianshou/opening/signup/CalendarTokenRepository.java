package org.qianshou.opening.signup;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CalendarTokenRepository extends CrudRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByToken(String token);

    /** Sets the account's token, replacing any earlier one (whose address then stops working). */
    @Query("INSERT INTO calendar_token (account_id, token) VALUES (:accountId, :token)"
            + " ON CONFLICT (account_id) DO UPDATE SET token = EXCLUDED.token, created_at = now()")
    void put(long accountId, String token);
}
