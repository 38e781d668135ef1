package org.qianshou.system.security;

/**
 * The caller is known but may not do this. {@code type} names the reason in the problem's type
 * (for example {@code organisation-not-verified}); {@code messageKey} says why in the caller's language.
 */
public class ForbiddenException extends RuntimeException {

    private final String type;
    private final String messageKey;
    private final Object[] args;

    public ForbiddenException(String type, String messageKey, Object... args) {
        super(type);
        this.type = type;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String type() {
        return type;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
