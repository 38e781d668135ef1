package org.qianshou.system;

import java.util.List;

/** A request the client must correct: one entry per invalid field; messages are resolved in the caller's language. */
public class InvalidInputException extends RuntimeException {

    /** A field and the message key (with arguments) saying what is wrong with it. */
    public record Violation(String field, String messageKey, Object... args) {}

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("invalid input: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(new Violation(field, messageKey, args)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
