package org.qianshou.story.photo;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.security.Actor;

/** The author's side of a story's photos: upload, the author's statements and position, delete, cover. */
@Controller("/api/my/stories/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MyStoryPhotoController {

    private final StoryPhotoService photos;

    MyStoryPhotoController(StoryPhotoService photos) {
        this.photos = photos;
    }

    /** A JPEG, PNG or WebP of at most 10 MB (multipart part {@code file}); 201 with the photo. */
    @Post(value = "/photos", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<PhotoView> uploadPhoto(
            @PathVariable long id, @Part("file") CompletedFileUpload file, Authentication authentication) {
        if (file.getSize() > StoryPhotoService.MAX_SIZE) {
            throw InvalidInputException.of("file", "field.photo.too-large", StoryPhotoService.MAX_SIZE / 1024 / 1024);
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PhotoView photo = photos.upload(Actor.of(authentication), id, file.getFilename(), bytes);
        return HttpResponse.created(photo, URI.create(PhotoView.url(id, photo.id(), "original")));
    }

    @Put("/photos/{photoId}")
    PhotoView updatePhoto(
            @PathVariable long id,
            @PathVariable long photoId,
            @Body PhotoDetailsRequest request,
            Authentication authentication) {
        return photos.update(Actor.of(authentication), id, photoId, request);
    }

    @Delete("/photos/{photoId}")
    HttpResponse<Void> deletePhoto(@PathVariable long id, @PathVariable long photoId, Authentication authentication) {
        photos.delete(Actor.of(authentication), id, photoId);
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    @Put("/cover")
    CoverView setCover(@PathVariable long id, @Body CoverRequest request, Authentication authentication) {
        return photos.cover(Actor.of(authentication), id, request.photoId());
    }
}
