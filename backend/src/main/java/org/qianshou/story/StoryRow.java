package org.qianshou.story;

import java.util.List;

/** A story with what its views need: organisation, project, target groups, photos, consents and justifications. */
record StoryRow(
        StoryEntity story,
        String organisationName,
        boolean organisationVerified,
        String projectTitle,
        List<String> targetGroups,
        List<StoryRepository.PhotoRow> photos,
        List<StoryRepository.VariantRow> variants,
        List<StoryConsentEntity> consents,
        List<StoryJustification> justifications) {

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
