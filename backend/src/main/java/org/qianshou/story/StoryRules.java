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
    static final String REGION_LEVEL = "region-level";

    /** Levels too precise for a story about a protected group: its place is published. */
    static final java.util.Set<String> PRECISE_LEVELS = java.util.Set.of("township", "village");

    private final Stories stories;
    private final org.qianshou.region.RegionService regions;

    StoryRules(Stories stories, org.qianshou.region.RegionService regions) {
        this.stories = stories;
        this.regions = regions;
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
        // A photo showing people needs a consent that covers photos; in a story about a protected group, a guardian's
        // consent for a minor that covers photos (the people shown are the children).
        boolean protectedGroups = row.aboutProtectedGroup();
        boolean photoConsent = row.consents().stream()
                .anyMatch(c -> c.scopePhotos() && (!protectedGroups || (c.minor() && "guardian".equals(c.givenBy()))));
        List<StoryRepository.PhotoRow> photos = row.photos();
        for (int i = 0; i < photos.size(); i++) {
            if (photos.get(i).showsPeople() && !photoConsent) {
                violations.add(new Violation(
                        "photos[" + i + "]",
                        protectedGroups ? "field.story.photo-consent-guardian" : "field.story.photo-consent"));
                if (!broken.contains(PHOTO_CONSENT)) {
                    broken.add(PHOTO_CONSENT);
                }
            }
        }
        if (protectedGroups
                && regions.find(row.story().regionCode())
                        .map(r -> PRECISE_LEVELS.contains(r.level()))
                        .orElse(false)) {
            violations.add(new Violation("regionCode", "field.story.region-too-precise"));
            broken.add(REGION_LEVEL);
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
        if (!row.aboutProtectedGroup()) {
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
