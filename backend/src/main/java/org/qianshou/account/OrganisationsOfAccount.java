package org.qianshou.account;

import java.util.List;

/**
 * The organisations an account belongs to, for the account's own view. Declared here and implemented by the
 * organisation feature, which owns those tables (it depends on this feature, not the other way round).
 */
public interface OrganisationsOfAccount {

    /** One organisation of the account, with the account's role in it. */
    record Entry(long organisationId, String organisationName, String organisationStatus, String role) {}

    /** The account's organisations, by name. */
    List<Entry> of(long accountId);
}
