package org.qianshou.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.qianshou.account.AccountViews.Membership;

/**
 * The organisations an account belongs to, for its own view. It reads the organisation feature's tables
 * ({@code organisation_member}, {@code organisation}), because that feature depends on this one and not the
 * other way round; a read-only join that no entity of this feature maps.
 */
@Singleton
class AccountMembershipRepository {

    private final JdbcOperations jdbc;

    AccountMembershipRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<Membership> of(long accountId) {
        return jdbc.prepareStatement(
                "SELECT o.id, o.name, o.status, m.role FROM organisation_member m"
                        + " JOIN organisation o ON o.id = m.organisation_id WHERE m.account_id = ? ORDER BY o.name, o.id",
                st -> {
                    st.setLong(1, accountId);
                    List<Membership> list = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            list.add(new Membership(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                        }
                    }
                    return list;
                });
    }
}
