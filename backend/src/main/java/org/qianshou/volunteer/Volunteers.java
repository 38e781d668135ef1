package org.qianshou.volunteer;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Read-only facts about volunteers for other features (sign-ups, rosters, hours, certificates). Callers bring the
 * transaction. Never gives out an ID number other than masked.
 */
@Singleton
public class Volunteers {

    private final VolunteerRepository volunteers;
    private final GuardianConsentRepository consents;

    Volunteers(VolunteerRepository volunteers, GuardianConsentRepository consents) {
        this.volunteers = volunteers;
        this.consents = consents;
    }

    /** The volunteer profile of the account, if it has one. */
    public Optional<VolunteerFacts> facts(long accountId) {
        return Optional.ofNullable(facts(List.of(accountId)).get(accountId));
    }

    /** The facts of those of these accounts that have a volunteer profile. */
    public Map<Long, VolunteerFacts> facts(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = new TreeSet<>(accountIds);
        Map<Long, Instant> consentAt = new HashMap<>();
        consents.newest(ids).forEach(c -> consentAt.put(c.accountId(), c.recordedAt()));
        Map<Long, VolunteerFacts> facts = new HashMap<>();
        for (Volunteer v : volunteers.findByAccountIdIn(ids)) {
            facts.put(v.accountId(), of(v, consentAt.get(v.accountId())));
        }
        return facts;
    }

    static VolunteerFacts of(Volunteer v, Instant guardianConsentAt) {
        boolean complete = !v.name().isBlank()
                && !v.idNumberMasked().isBlank()
                && !v.mobile().isBlank();
        return new VolunteerFacts(
                v.accountId(),
                v.name(),
                v.idType(),
                v.idNumberMasked(),
                v.birthDate(),
                v.gender(),
                v.mobile(),
                complete,
                guardianConsentAt);
    }
}
