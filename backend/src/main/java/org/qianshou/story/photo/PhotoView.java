package org.qianshou.story.photo;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * A story photo as the API shows it. {@code urls} maps each stored width ({@code "320"}, {@code "640"}, {@code "1280"};
 * only those no larger than the photo) to its address, and {@code "original"} to the cleaned original's (so that a photo
 * narrower than 320 pixels still has one).
 * {@code showsPeople} and {@code noIdentifiableFace} are the author's statements.
 */
@Serdeable
public record PhotoView(
        long id,
        int width,
        int height,
        String altText,
        String caption,
        boolean showsPeople,
        boolean noIdentifiableFace,
        int position,
        Map<String, String> urls) {

    /** The address of one width ({@code original} for the cleaned original) of a story's photo. */
    public static String url(long storyId, long photoId, String width) {
        return "/api/stories/" + storyId + "/photos/" + photoId + "/" + width;
    }
}
