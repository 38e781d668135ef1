package org.qianshou.system.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The secret every keyed hash of the application is derived from ({@code qianshou.keys.master}; by default the
 * token signing secret {@code QIANSHOU_JWT_SECRET}, which then serves only as input to the derivation for these
 * purposes, never as their key). See {@link Keys}.
 *
 * @param master at least 32 characters
 */
@ConfigurationProperties("qianshou.keys")
public record KeysConfiguration(@NotBlank @Size(min = 32) String master) {

    @Override
    public String toString() {
        return "KeysConfiguration[…]";
    }
}
