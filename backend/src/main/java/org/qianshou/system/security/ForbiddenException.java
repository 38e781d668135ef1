package org.qianshou.system.security;

/**
 * The caller is known but may not do this. {@code type} names the reason in the problem's type
 * (for example {@code organisation-not-verified}); {@code messageKey} says why in the caller's language.
 */
public class ForbiddenException extends RuntimeException {

    private final String type;
    private final String messageKey;
    private final Object[] args;
    private final String rule;

    public ForbiddenException(String type, String messageKey, Object... args) {
        this(type, null, messageKey, args);
    }

    private ForbiddenException(String type, String rule, String messageKey, Object[] args) {
        super(type);
        this.type = type;
        this.rule = rule;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /**
     * A refusal by a named business rule: the problem's {@code type} ends with the rule and its {@code rule} field
     * names it (for example {@code four-eyes}: who proposed something may not approve it).
     */
    public static ForbiddenException byRule(String rule, String messageKey, Object... args) {
        return new ForbiddenException(rule, rule, messageKey, args);
    }

    /** The business rule that refused, or {@code null}. */
    public String rule() {
        return rule;
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
