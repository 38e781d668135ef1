package org.qianshou.story;

import java.util.List;

/** A story with what its views need: organisation, project, target groups, photos, consents and justifications. */
record StoryRow(
        StoryEntity story,
        String organisationName,
        boolean organisationVerified,
        String projectTitle,
        List<String> targetGroups,
        List<String> projectTargetGroups,
        List<StoryRepository.PhotoRow> photos,
        List<StoryRepository.VariantRow> variants,
        List<StoryConsentEntity> consents,
        List<StoryJustification> justifications) {

    /**
     * Whether the story is about a protected group (children…): its own target groups, or its project's, include one.
     * The rules for villages, photos' faces and consents, and the region's level follow this, so an author cannot turn
     * them off by leaving the group out of the story when the project serves it.
     */
    boolean aboutProtectedGroup() {
        return ProtectionCheck.isProtected(targetGroups) || ProtectionCheck.isProtected(projectTargetGroups);
    }

    /** The justification the author gave for a flag, or {@code null}. */
    String justification(String kind, String text) {
        for (StoryJustification j : justifications) {
            if (j.id().kind().equals(kind) && j.id().matchedText().equals(text)) {
                return j.justification();
            }
        }
        return null;
    }
}
