package org.qianshou.volunteer;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.qianshou.system.Messages;
import org.qianshou.system.Problem;
import org.qianshou.system.Problems;

/** 409 problem+json of type {@code volunteer.id-number.taken}, naming {@code idNumber} but never repeating it. */
@Produces
@Singleton
@Requires(classes = {IdNumberTakenException.class, ExceptionHandler.class})
class VolunteerProblemHandlers implements ExceptionHandler<IdNumberTakenException, HttpResponse<Problem>> {

    static final String ID_NUMBER_TAKEN = "volunteer.id-number.taken";

    private final Problems problems;

    VolunteerProblemHandlers(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, IdNumberTakenException exception) {
        Messages messages = problems.messages();
        String message = messages.get(messages.localeOf(request), "error." + ID_NUMBER_TAKEN);
        return problems.response(
                request,
                HttpStatus.CONFLICT,
                ID_NUMBER_TAKEN,
                message,
                List.of(new Problem.FieldError("idNumber", message)));
    }
}
