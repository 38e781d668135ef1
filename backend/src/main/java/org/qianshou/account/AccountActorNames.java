package org.qianshou.account;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Map;
import org.qianshou.audit.ActorNames;

/** The audit log's actor names, from the accounts' display names. */
@Singleton
class AccountActorNames implements ActorNames {

    private final AccountDirectory directory;

    AccountActorNames(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<Long, String> of(Collection<Long> accountIds) {
        return directory.displayNames(accountIds);
    }
}
