package org.qianshou.story;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.qianshou.system.InvalidInputException.Violation;

/**
 * The rules a story must meet to be submitted and published. Submission: no blocking protection flag, at least one
 * consent record, every photo that shows people covered by a consent for photos, and the required fields. Publication
 * re-runs them and, for a story about a protected group, needs every photo confirmed to show no identifiable face.
 */
@Singleton
class StoryRules {

    static final String PROTECTION = "protection";
    static final String CONSENT = "consent";
    static final String PHOTO_CONSENT = "photo-consent";
    static final String REQUIRED = "required";
    static final String FACE_CONFIRMATION = "face-confirmation";

    private final Stories stories;

    StoryRules(Stories stories) {
        this.stories = stories;
    }

    /** Throws {@link StoryRefusedException} naming the first rule broken (and every field of every rule) unless all hold. */
    void requireSubmittable(StoryRow row) {
        List<StoryCheck.Flag> flags = stories.flags(row);
        List<StoryCheck.Flag> blocking =
                flags.stream().filter(StoryCheck.Flag::blocking).toList();
        List<Violation> violations = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (StoryCheck.Flag f : blocking) {
            violations.add(new Violation(f.field(), "field.story.flag." + f.kind(), f.text()));
        }
        if (!blocking.isEmpty()) {
            broken.add(PROTECTION);
        }
        if (row.consents().isEmpty()) {
            violations.add(new Violation("consents", "field.story.consent-required"));
            broken.add(CONSENT);
        }
        boolean photoConsent = row.consents().stream().anyMatch(StoryConsentEntity::scopePhotos);
        List<StoryRepository.PhotoRow> photos = row.photos();
        for (int i = 0; i < photos.size(); i++) {
            if (photos.get(i).showsPeople() && !photoConsent) {
                violations.add(new Violation("photos[" + i + "]", "field.story.photo-consent"));
                if (!broken.contains(PHOTO_CONSENT)) {
                    broken.add(PHOTO_CONSENT);
                }
            }
        }
        if (row.targetGroups().isEmpty()) {
            violations.add(new Violation("targetGroups", "field.story.target-group-required"));
            broken.add(REQUIRED);
        }
        if (row.story().title().isBlank()) {
            violations.add(new Violation("title", "field.story.title-required"));
            if (!broken.contains(REQUIRED)) {
                broken.add(REQUIRED);
            }
        }
        if (broken.isEmpty()) {
            return;
        }
        String rule = broken.get(0);
        String detailKey;
        List<Object> args = new ArrayList<>();
        if (PROTECTION.equals(rule)) {
            boolean id = blocking.stream().anyMatch(f -> f.kind().equals(StoryCheck.ID_NUMBER));
            boolean mobile = blocking.stream().anyMatch(f -> f.kind().equals(StoryCheck.MOBILE));
            detailKey = id && mobile
                    ? "error.story.refused.id-number-and-mobile"
                    : id
                            ? "error.story.refused.id-number"
                            : mobile ? "error.story.refused.mobile" : "error.story.refused.protection";
            args.add(blocking.size());
        } else {
            detailKey = "error.story.refused." + rule;
        }
        throw new StoryRefusedException(
                false,
                rule,
                detailKey,
                args,
                violations,
                flags.stream().map(Stories::flag).toList());
    }

    /** Throws 409 {@code face-confirmation} when a story about a protected group has a photo not confirmed faceless. */
    void requirePublishable(StoryRow row) {
        requireSubmittable(row);
        if (!ProtectionCheck.isProtected(row.targetGroups())) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        List<StoryRepository.PhotoRow> photos = row.photos();
        for (int i = 0; i < photos.size(); i++) {
            if (!photos.get(i).noIdentifiableFace()) {
                violations.add(new Violation("photos[" + i + "]", "field.story.face-confirmation"));
            }
        }
        if (!violations.isEmpty()) {
            throw new StoryRefusedException(
                    true,
                    FACE_CONFIRMATION,
                    "error.story.refused.face-confirmation",
                    List.of(violations.size()),
                    violations,
                    List.of());
        }
    }
}
