package org.qianshou.story.photo;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qianshou.audit.AuditLog;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.organisation.DocumentStore;
import org.qianshou.organisation.OrganisationLimits;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Text;
import org.qianshou.system.outbox.Outbox;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Throttle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Photos of case stories. An upload is checked and cleaned by {@link PhotoProcessor} (type by content, pixel limit,
 * orientation applied, every metadata block dropped by re-encoding, widths 320/640/1280), its files are written to the
 * document store, then its rows in one transaction under the story's row lock (when that fails, the files are deleted
 * again). Only members of the story's verified organisation change photos, and only while the story is editable (draft,
 * returned, unpublished). A published story's photos are public while its organisation is verified; others only to its
 * members and administrators.
 */
@Singleton
public class StoryPhotoService {

    private static final Logger LOG = LoggerFactory.getLogger(StoryPhotoService.class);

    /** The outbox aggregate type of stories (the search document shows the cover). */
    static final String STORY_AGGREGATE = "story";

    static final Set<String> EDITABLE = Set.of("draft", "returned", "unpublished");
    static final String PUBLISHED = "published";
    static final long MAX_SIZE = 10L * 1024 * 1024;
    static final int MAX_PHOTOS = 20;
    static final int MAX_TEXT = 300;
    static final int MAX_POSITION = 1000;

    /** A served file: its bytes, type, content hash, and whether anyone may see it. */
    public record Served(byte[] bytes, String contentType, String sha256, boolean publicPhoto) {}

    private final Rows rows;
    private final AccessPolicy access;
    private final DocumentStore store;
    private final Throttle throttle;
    private final OrganisationLimits limits;

    StoryPhotoService(
            Rows rows, AccessPolicy access, DocumentStore store, Throttle throttle, OrganisationLimits limits) {
        this.rows = rows;
        this.access = access;
        this.store = store;
        this.throttle = throttle;
        this.limits = limits;
    }

    /**
     * Adds a photo: 404 for an unknown story, 403/404 for a non-member, 409 when the story is not editable or holds
     * {@value #MAX_PHOTOS} photos, 429 beyond the hourly upload rate, 400 naming {@code file} for anything but a
     * decodable JPEG, PNG or WebP of at most 10 MB and 40 megapixels.
     */
    public PhotoView upload(Actor actor, long storyId, String filename, byte[] content) {
        rows.requireEditable(actor, storyId);
        throttle.hit(
                "photo-upload", Long.toString(actor.accountId()), limits.uploadsPerWindow(), limits.uploadWindow());
        if (content.length == 0) {
            throw InvalidInputException.of("file", "field.file.empty");
        }
        if (content.length > MAX_SIZE) {
            throw InvalidInputException.of("file", "field.photo.too-large", MAX_SIZE / 1024 / 1024);
        }
        PhotoProcessor.Processed processed = PhotoProcessor.process(content);
        List<String> keys = new ArrayList<>();
        try {
            DocumentStore.Stored original = put(processed.original(), keys);
            List<PhotoRepository.VariantRow> variants = new ArrayList<>();
            for (PhotoProcessor.Encoded v : processed.variants()) {
                DocumentStore.Stored stored = put(v, keys);
                variants.add(new PhotoRepository.VariantRow(
                        0, v.width(), v.height(), stored.key(), v.contentType(), stored.size()));
            }
            return rows.insert(actor, storyId, cleanFilename(filename), processed.original(), original, variants);
        } catch (RuntimeException e) {
            keys.forEach(this::deleteQuietly);
            throw e;
        }
    }

    private DocumentStore.Stored put(PhotoProcessor.Encoded encoded, List<String> keys) {
        try {
            DocumentStore.Stored stored = store.put(new ByteArrayInputStream(encoded.bytes()));
            keys.add(stored.key());
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The author's statements about a photo and its position (members, while the story is editable). */
    public PhotoView update(Actor actor, long storyId, long photoId, PhotoDetailsRequest request) {
        List<Violation> violations = new ArrayList<>();
        String altText = text(request.altText(), "altText", violations);
        String caption = text(request.caption(), "caption", violations);
        if (request.position() != null && (request.position() < 0 || request.position() > MAX_POSITION)) {
            violations.add(new Violation("position", "field.photo.position", MAX_POSITION));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return rows.update(actor, storyId, photoId, altText, caption, request);
    }

    /** Deletes a photo and its files (members, while the story is editable). */
    public void delete(Actor actor, long storyId, long photoId) {
        List<String> keys = rows.delete(actor, storyId, photoId);
        keys.forEach(this::deleteQuietly);
    }

    /**
     * Deletes every photo of a story with their files, for the story feature's deletion of a draft: call it inside that
     * transaction, before the story's row goes. The rows go now; the files once the transaction has committed (a
     * rollback keeps them, as it keeps the rows).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int deleteAllOf(long storyId) {
        return rows.deleteAll(storyId);
    }

    @TransactionalEventListener
    void afterCommit(PhotoFilesReleased released) {
        released.storageKeys().forEach(this::deleteQuietly);
    }

    /** Makes one of the story's photos its cover, or none (members, while the story is editable). */
    public CoverView cover(Actor actor, long storyId, @Nullable Long photoId) {
        return rows.cover(actor, storyId, photoId);
    }

    /** The story's photos in order, for whoever may already see the story (the story package's views). */
    @ReadOnly
    public List<PhotoView> photos(long storyId) {
        return rows.views(storyId);
    }

    /**
     * A photo's file at a width ({@code 320}, {@code 640}, {@code 1280} or {@code original}): anyone's for a published
     * story of a verified organisation, otherwise only its members' and administrators' ({@code actor} {@code null}: the
     * public); 404 otherwise, and for a width the photo does not have.
     */
    public Served serve(@Nullable Actor actor, long storyId, long photoId, String width) {
        Integer pixels = width(width, photoId);
        PhotoRepository.StoryRef story = rows.storyOf(storyId).orElseThrow(() -> notFound(photoId));
        // public as the story page is: published, and its organisation verified (a suspended one's stories are hidden)
        boolean published = PUBLISHED.equals(story.status()) && access.canSeeOrganisation(null, story.organisationId());
        if (!published && (actor == null || !access.isMemberOrAdmin(actor, story.organisationId()))) {
            throw notFound(photoId);
        }
        PhotoRepository.StoredFile file = rows.file(storyId, photoId, pixels).orElseThrow(() -> notFound(photoId));
        try (InputStream in = store.open(file.storageKey())) {
            byte[] bytes = in.readAllBytes();
            return new Served(bytes, file.contentType(), sha256(bytes), published);
        } catch (IOException e) {
            LOG.error("Photo {} of story {} is missing from the store", photoId, storyId);
            throw notFound(photoId);
        }
    }

    private static Integer width(String width, long photoId) {
        if ("original".equals(width)) {
            return null;
        }
        for (int w : PhotoProcessor.WIDTHS) {
            if (Integer.toString(w).equals(width)) {
                return w;
            }
        }
        throw notFound(photoId);
    }

    static NotFoundException notFound(long photoId) {
        return new NotFoundException("resource.photo", photoId);
    }

    private static String text(@Nullable String raw, String field, List<Violation> violations) {
        String value = raw == null ? "" : raw.strip();
        if (!Text.validSingleLine(value)) {
            violations.add(new Violation(field, "field.text.control-characters"));
        } else if (value.length() > MAX_TEXT) {
            violations.add(new Violation(field, "field.photo.text-too-long", MAX_TEXT));
        }
        return value;
    }

    /** Keeps the last path segment, drops what the single-line rule forbids, at most 255 characters. */
    static String cleanFilename(@Nullable String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Text.stripToSingleLine(name).strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return name.isEmpty() ? "photo" : name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete a stored photo file: {}", e.toString());
        }
    }

    /** The transactional part: rows, the story's lock, audit records and the search outbox. */
    @Singleton
    static class Rows {
        private final PhotoRepository photos;
        private final AccessPolicy access;
        private final AuditLog audit;
        private final Outbox outbox;
        private final ApplicationEventPublisher<PhotoFilesReleased> events;

        Rows(
                PhotoRepository photos,
                AccessPolicy access,
                AuditLog audit,
                Outbox outbox,
                ApplicationEventPublisher<PhotoFilesReleased> events) {
            this.events = events;
            this.photos = photos;
            this.access = access;
            this.audit = audit;
            this.outbox = outbox;
        }

        @ReadOnly
        java.util.Optional<PhotoRepository.StoryRef> storyOf(long storyId) {
            return photos.story(storyId);
        }

        @ReadOnly
        java.util.Optional<PhotoRepository.StoredFile> file(long storyId, long photoId, @Nullable Integer width) {
            return photos.file(storyId, photoId, width);
        }

        /** Before the work of decoding: the story exists, the actor is its member, the story is editable. */
        @ReadOnly
        void requireEditable(Actor actor, long storyId) {
            PhotoRepository.StoryRef story =
                    photos.story(storyId).orElseThrow(() -> new NotFoundException("resource.story", storyId));
            editable(actor, story);
        }

        private PhotoRepository.StoryRef locked(Actor actor, long storyId) {
            PhotoRepository.StoryRef story =
                    photos.lockStory(storyId).orElseThrow(() -> new NotFoundException("resource.story", storyId));
            editable(actor, story);
            return story;
        }

        private void editable(Actor actor, PhotoRepository.StoryRef story) {
            access.requireCanPublish(actor, story.organisationId());
            if (!EDITABLE.contains(story.status())) {
                throw new ConflictException("error.photo.story-locked");
            }
        }

        @Transactional
        PhotoView insert(
                Actor actor,
                long storyId,
                String filename,
                PhotoProcessor.Encoded original,
                DocumentStore.Stored stored,
                List<PhotoRepository.VariantRow> variants) {
            locked(actor, storyId);
            if (photos.count(storyId) >= MAX_PHOTOS) {
                throw new ConflictException("error.photo.quota", MAX_PHOTOS);
            }
            long id = photos.insertPhoto(
                    storyId,
                    photos.nextPosition(storyId),
                    stored.key(),
                    original.contentType(),
                    original.width(),
                    original.height(),
                    stored.size(),
                    stored.sha256(),
                    filename,
                    actor.accountId());
            for (PhotoRepository.VariantRow v : variants) {
                photos.insertVariant(new PhotoRepository.VariantRow(
                        id, v.width(), v.height(), v.storageKey(), v.contentType(), v.sizeBytes()));
            }
            audit.record(actor.accountId(), "story.photo-uploaded", STORY_AGGREGATE, storyId, "photo #" + id);
            return view(photos.photo(storyId, id).orElseThrow());
        }

        @Transactional
        PhotoView update(
                Actor actor, long storyId, long photoId, String altText, String caption, PhotoDetailsRequest request) {
            locked(actor, storyId);
            PhotoRepository.PhotoRow current = photos.photo(storyId, photoId).orElseThrow(() -> notFound(photoId));
            photos.updateDetails(
                    photoId,
                    altText,
                    caption,
                    request.showsPeople() == null ? current.showsPeople() : request.showsPeople(),
                    request.noIdentifiableFace() == null ? current.noIdentifiableFace() : request.noIdentifiableFace(),
                    request.position() == null ? current.position() : request.position());
            PhotoRepository.PhotoRow updated = photos.photo(storyId, photoId).orElseThrow();
            // the author's statements decide the publication rules: each change is on record (never the texts)
            audit.record(
                    actor.accountId(),
                    "story.photo-updated",
                    STORY_AGGREGATE,
                    storyId,
                    "photo #" + photoId + " showsPeople=" + updated.showsPeople() + " noIdentifiableFace="
                            + updated.noIdentifiableFace());
            return view(updated);
        }

        /** @return the storage keys of the photo's files */
        @Transactional
        List<String> delete(Actor actor, long storyId, long photoId) {
            PhotoRepository.StoryRef story = locked(actor, storyId);
            PhotoRepository.PhotoRow photo = photos.photo(storyId, photoId).orElseThrow(() -> notFound(photoId));
            List<String> keys = new ArrayList<>();
            keys.add(photo.storageKey());
            photos.variants(List.of(photoId)).getOrDefault(photoId, List.of()).stream()
                    .map(PhotoRepository.VariantRow::storageKey)
                    .forEach(keys::add);
            photos.delete(photoId);
            audit.record(actor.accountId(), "story.photo-deleted", STORY_AGGREGATE, storyId, "photo #" + photoId);
            if (story.coverPhotoId() != null && story.coverPhotoId() == photoId) {
                outbox.enqueue(STORY_AGGREGATE, storyId);
            }
            return keys;
        }

        @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
        int deleteAll(long storyId) {
            List<PhotoRepository.PhotoRow> all = photos.photos(storyId);
            List<String> keys = new ArrayList<>();
            Map<Long, List<PhotoRepository.VariantRow>> variants = photos.variants(
                    all.stream().map(PhotoRepository.PhotoRow::id).toList());
            for (PhotoRepository.PhotoRow p : all) {
                keys.add(p.storageKey());
                variants.getOrDefault(p.id(), List.of()).forEach(v -> keys.add(v.storageKey()));
                photos.delete(p.id());
            }
            if (!keys.isEmpty()) {
                events.publishEvent(new PhotoFilesReleased(List.copyOf(keys)));
            }
            return all.size();
        }

        @Transactional
        CoverView cover(Actor actor, long storyId, @Nullable Long photoId) {
            locked(actor, storyId);
            if (photoId != null && photos.photo(storyId, photoId).isEmpty()) {
                throw InvalidInputException.of("photoId", "field.photo.not-of-story", photoId);
            }
            photos.setCover(storyId, photoId);
            outbox.enqueue(STORY_AGGREGATE, storyId);
            return new CoverView(storyId, photoId);
        }

        @ReadOnly
        List<PhotoView> views(long storyId) {
            List<PhotoRepository.PhotoRow> rows = photos.photos(storyId);
            Map<Long, List<PhotoRepository.VariantRow>> variants = photos.variants(
                    rows.stream().map(PhotoRepository.PhotoRow::id).toList());
            return rows.stream()
                    .map(p -> view(p, variants.getOrDefault(p.id(), List.of())))
                    .toList();
        }

        private PhotoView view(PhotoRepository.PhotoRow p) {
            return view(p, photos.variants(List.of(p.id())).getOrDefault(p.id(), List.of()));
        }

        static PhotoView view(PhotoRepository.PhotoRow p, List<PhotoRepository.VariantRow> variants) {
            Map<String, String> urls = new LinkedHashMap<>();
            for (PhotoRepository.VariantRow v : variants) {
                urls.put(Integer.toString(v.width()), PhotoView.url(p.storyId(), p.id(), Integer.toString(v.width())));
            }
            urls.put("original", PhotoView.url(p.storyId(), p.id(), "original"));
            return new PhotoView(
                    p.id(),
                    p.width(),
                    p.height(),
                    p.altText(),
                    p.caption(),
                    p.showsPeople(),
                    p.noIdentifiableFace(),
                    p.position(),
                    urls);
        }
    }
}
