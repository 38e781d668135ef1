package org.qianshou.system;

/** The request clashes with the current state (for example an edit based on an outdated version). */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public ConflictException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public Object[] args() {
        return args.clone();
    }

    public String messageKey() {
        return messageKey;
    }
}
