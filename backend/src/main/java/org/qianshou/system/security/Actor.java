package org.qianshou.system.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.Set;

/**
 * Who is acting: the signed-in account and its global roles. Controllers turn the framework's
 * {@link Authentication} into an actor and pass it to services, which decide with it.
 */
public record Actor(long accountId, Set<String> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor of(Authentication authentication) {
        return new Actor(Long.parseLong(authentication.getName()), Set.copyOf(authentication.getRoles()));
    }

    /** The actor, or {@code null} for an anonymous caller. */
    public static @Nullable Actor orNull(@Nullable Authentication authentication) {
        return authentication == null ? null : of(authentication);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
