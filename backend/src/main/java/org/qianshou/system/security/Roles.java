package org.qianshou.system.security;

import java.util.Set;

/**
 * Global roles an account can hold (table {@code account_role}, JWT claim {@code roles}). Organisation
 * roles (owner, staff) are per organisation and checked by {@code AccessPolicy}, never taken from a token.
 */
public final class Roles {

    public static final String VOLUNTEER = "volunteer";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(VOLUNTEER, REVIEWER, ADMIN);

    private Roles() {}
}
