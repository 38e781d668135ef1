package org.qianshou.organisation;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.qianshou.account.OrganisationsOfAccount;

/** The organisations an account belongs to, for the account's own view (what the accounts feature asks of this one). */
@Singleton
class AccountOrganisations implements OrganisationsOfAccount {

    private final MembershipRepository memberships;
    private final OrganisationService organisations;

    AccountOrganisations(MembershipRepository memberships, OrganisationService organisations) {
        this.memberships = memberships;
        this.organisations = organisations;
    }

    @Override
    public List<Entry> of(long accountId) {
        Map<Long, String> roles = memberships.rolesOf(accountId);
        Map<Long, Organisation> found = organisations.findAll(roles.keySet());
        return roles.entrySet().stream()
                .filter(r -> found.containsKey(r.getKey()))
                .map(r -> {
                    Organisation o = found.get(r.getKey());
                    return new Entry(o.id(), o.name(), o.status(), r.getValue());
                })
                .sorted(Comparator.comparing(Entry::organisationName).thenComparingLong(Entry::organisationId))
                .toList();
    }
}
