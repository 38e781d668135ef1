package org.qianshou.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Size;

/**
 * The first administrator ({@code qianshou.bootstrap-admin.*}; environment {@code QIANSHOU_ADMIN_EMAIL} or
 * {@code QIANSHOU_ADMIN_PHONE}, {@code QIANSHOU_ADMIN_PASSWORD}, {@code QIANSHOU_ADMIN_NAME}). Empty values mean
 * "none": without an address and a password no administrator is created.
 */
@ConfigurationProperties("qianshou.bootstrap-admin")
record BootstrapAdminConfiguration(
        @Nullable @Size(max = 254) String email,
        @Nullable @Size(max = 20) String phone,
        @Nullable @Size(max = PasswordHasher.MAX_LENGTH) String password,
        @Nullable @Size(max = 100) String name) {

    String emailOrEmpty() {
        return email == null ? "" : email;
    }

    String phoneOrEmpty() {
        return phone == null ? "" : phone;
    }

    String passwordOrEmpty() {
        return password == null ? "" : password;
    }

    String nameOrDefault() {
        return name == null || name.isBlank() ? "管理员" : name.strip();
    }

    @Override
    public String toString() {
        return "BootstrapAdminConfiguration[…]";
    }
}
