package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Request bodies of the account API; checked in {@link AccountService} so that errors name fields in the caller's language. */
final class AccountRequests {

    private AccountRequests() {}

    @Serdeable
    record SignupRequest(
            @Nullable String identifier,
            @Nullable String password,
            @Nullable String displayName,
            @Nullable String language,
            @Nullable Boolean volunteer) {
        @Override
        public String toString() {
            return "SignupRequest[…]";
        }
    }

    @Serdeable
    record SignupConfirmation(
            @Nullable String identifier,
            @Nullable String code,
            @Nullable String handle) {
        @Override
        public String toString() {
            return "SignupConfirmation[…]";
        }
    }

    @Serdeable
    record Credentials(
            @Nullable String identifier, @Nullable String password) {
        @Override
        public String toString() {
            return "Credentials[…]";
        }
    }

    @Serdeable
    record RefreshRequest(@Nullable String refresh_token) {
        @Override
        public String toString() {
            return "RefreshRequest[…]";
        }
    }

    @Serdeable
    record ResetRequest(@Nullable String identifier) {
        @Override
        public String toString() {
            return "ResetRequest[…]";
        }
    }

    @Serdeable
    record ResetConfirmation(
            @Nullable String token, @Nullable String password) {
        @Override
        public String toString() {
            return "ResetConfirmation[…]";
        }
    }

    @Serdeable
    record PasswordChange(
            @Nullable String currentPassword, @Nullable String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[…]";
        }
    }

    @Serdeable
    record ProfileUpdate(
            @Nullable String displayName, @Nullable String language) {}

    @Serdeable
    record RolesUpdate(@Nullable List<String> roles) {}
}
