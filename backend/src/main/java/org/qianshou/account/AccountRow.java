package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;

/** An account as stored; never serialised (it holds the password hash and the identifiers). */
record AccountRow(
        long id,
        String displayName,
        @Nullable String email,
        @Nullable String phone,
        String passwordHash,
        String language,
        String status,
        Set<String> roles) {

    boolean active() {
        return "active".equals(status);
    }

    @Override
    public String toString() {
        return "AccountRow[id=" + id + "]";
    }
}
