package org.qianshou.taxonomy;

import java.util.Collection;
import java.util.Set;

/**
 * The target groups a story protects (DOMAIN.md: stories about children never show a real name, face or village):
 * left-behind children, children in difficulty and at-risk youth. A story whose own groups or whose project's include
 * one may not name a village, its photos need the no-face confirmation, and the public sees no project title of it that
 * could name one. Reference data like the groups themselves: the story feature applies it, and the statistics read
 * model's open data binds the same set into its SQL, so that there is one list.
 */
public final class ProtectedGroups {

    /** The codes of the protected target groups (taxonomy {@code target_group}). */
    public static final Set<String> CODES = Set.of("left-behind-children", "children-in-difficulty", "at-risk-youth");

    private ProtectedGroups() {}

    /** Whether the target groups include a protected group. */
    public static boolean anyOf(Collection<String> targetGroups) {
        return targetGroups.stream().anyMatch(CODES::contains);
    }
}
