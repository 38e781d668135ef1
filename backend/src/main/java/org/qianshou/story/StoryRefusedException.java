package org.qianshou.story;

import java.util.List;
import org.qianshou.system.InvalidInputException.Violation;

/**
 * A submission or publication the story's rules refuse: which rule ({@code protection}, {@code consent},
 * {@code photo-consent}, {@code required}, {@code face-confirmation}), the fields it concerns, and the protection flags.
 * Nothing has changed when it is thrown.
 */
public class StoryRefusedException extends RuntimeException {

    private final boolean conflict;
    private final String rule;
    private final String detailKey;
    private final List<Object> detailArgs;
    private final List<Violation> violations;
    private final List<StoryViews.Flag> flags;

    StoryRefusedException(
            boolean conflict,
            String rule,
            String detailKey,
            List<Object> detailArgs,
            List<Violation> violations,
            List<StoryViews.Flag> flags) {
        super("story refused: " + rule);
        this.conflict = conflict;
        this.rule = rule;
        this.detailKey = detailKey;
        this.detailArgs = List.copyOf(detailArgs);
        this.violations = List.copyOf(violations);
        this.flags = List.copyOf(flags);
    }

    /** 409 (the story's state, such as an unconfirmed photo) rather than 400 (its content). */
    public boolean conflict() {
        return conflict;
    }

    public String rule() {
        return rule;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs.toArray();
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<StoryViews.Flag> flags() {
        return flags;
    }
}
