package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.UUID;
import org.qianshou.account.AccountRequests.PasswordChange;
import org.qianshou.account.AccountRequests.ProfileUpdate;
import org.qianshou.account.AccountViews.AccountView;
import org.qianshou.system.security.Actor;

/** The signed-in person's own account. */
@Controller("/api/account")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController {

    private final AccountService accounts;
    private final PasswordService passwords;

    AccountController(AccountService accounts, PasswordService passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Get
    AccountView get(Authentication authentication) {
        return accounts.view(Actor.of(authentication).accountId());
    }

    @Put
    AccountView update(Authentication authentication, @Body ProfileUpdate body) {
        return accounts.updateProfile(Actor.of(authentication), body);
    }

    /** Changes the password; every other session of the account ends at once. */
    @Post("/password")
    @Status(HttpStatus.NO_CONTENT)
    void changePassword(Authentication authentication, @Body PasswordChange body) {
        passwords.changePassword(Actor.of(authentication), body, sid(authentication));
    }

    static @Nullable UUID sid(Authentication authentication) {
        Object sid = authentication.getAttributes().get(SessionRefreshTokens.SID);
        return sid == null ? null : UUID.fromString(sid.toString());
    }
}
