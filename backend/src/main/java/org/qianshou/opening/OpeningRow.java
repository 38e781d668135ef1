package org.qianshou.opening;

import java.util.List;

/** An opening with its organisation's name and status, its project's title, its associations and its shifts. */
record OpeningRow(
        OpeningEntity opening,
        String organisationName,
        boolean organisationVerified,
        String projectTitle,
        List<String> targetGroups,
        List<String> skills,
        List<ShiftEntity> shifts) {

    /**
     * The version of the opening's search document: the newest change of the opening or one of its shifts, in
     * microseconds since the epoch. It grows with every change (shifts are never deleted), also with a confirmed count
     * that falls.
     */
    long documentVersion() {
        java.time.Instant newest = opening.updatedAt();
        for (ShiftEntity s : shifts) {
            if (s.updatedAt() != null && (newest == null || s.updatedAt().isAfter(newest))) {
                newest = s.updatedAt();
            }
        }
        if (newest == null) {
            return opening.version() == null ? 1 : opening.version();
        }
        return newest.getEpochSecond() * 1_000_000L + newest.getNano() / 1_000;
    }
}
