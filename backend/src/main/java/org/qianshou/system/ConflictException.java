package org.qianshou.system;

/** The request clashes with the current state (for example an edit based on an outdated version). */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;
    private final String field;

    public ConflictException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private ConflictException(String field, String messageKey, Object[] args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** A clash caused by one field of the request (for example a code another record holds): the answer names it. */
    public static ConflictException onField(String field, String messageKey, Object... args) {
        return new ConflictException(field, messageKey, args);
    }

    /** The request's field that clashes, or {@code null} when the clash is not about one field. */
    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }

    public String messageKey() {
        return messageKey;
    }
}
