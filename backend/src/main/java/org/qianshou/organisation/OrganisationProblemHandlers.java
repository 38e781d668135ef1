package org.qianshou.organisation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.qianshou.system.Problem;
import org.qianshou.system.Problems;

/** 415 problem+json for documents that are not what they claim to be. */
@Produces
@Singleton
@Requires(classes = {UnsupportedDocumentTypeException.class, ExceptionHandler.class})
class OrganisationProblemHandlers implements ExceptionHandler<UnsupportedDocumentTypeException, HttpResponse<Problem>> {

    private final Problems problems;

    OrganisationProblemHandlers(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, UnsupportedDocumentTypeException exception) {
        return problems.response(
                request,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "error.document.unsupported-type");
    }
}
