package org.qianshou.organisation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.List;
import org.qianshou.system.FileDownload;
import org.qianshou.system.FileUpload;
import org.qianshou.system.security.Actor;

/** Registration documents of an organisation (members upload and delete; members and administrators read). */
@Controller("/api/organisations/{id}/documents")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<DocumentView> upload(
            @PathVariable long id,
            @Part("file") CompletedFileUpload file,
            @Part("kind") String kind,
            Authentication authentication) {
        DocumentView stored = documents.upload(Actor.of(authentication), id, kind, FileUpload.of(file));
        return HttpResponse.created(stored, URI.create("/api/organisations/" + id + "/documents/" + stored.id()));
    }

    @Get
    List<DocumentView> list(@PathVariable long id, Authentication authentication) {
        return documents.list(Actor.of(authentication), id);
    }

    /** The file itself, as an attachment with the type found by its content; browsers must not sniff. */
    @Get("/{docId}")
    HttpResponse<StreamedFile> download(
            @PathVariable long id, @PathVariable long docId, Authentication authentication) {
        DocumentService.Download download = documents.download(Actor.of(authentication), id, docId);
        DocumentView d = download.document();
        return FileDownload.attachment(d.filename(), d.contentType(), download.content());
    }

    @Delete("/{docId}")
    HttpResponse<Void> delete(@PathVariable long id, @PathVariable long docId, Authentication authentication) {
        documents.delete(Actor.of(authentication), id, docId);
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }
}
