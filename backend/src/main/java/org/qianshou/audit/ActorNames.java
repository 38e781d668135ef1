package org.qianshou.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The names the audit log shows for who acted. Declared here and implemented by the accounts feature (which itself
 * writes the audit log, so the audit log cannot use it directly).
 */
public interface ActorNames {

    /** The names of those of these accounts that exist, by account id. */
    Map<Long, String> of(Collection<Long> accountIds);
}
