package org.qianshou.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.qianshou.account.AccountRequests.RolesUpdate;
import org.qianshou.account.AccountViews.AccountSummary;
import org.qianshou.account.AccountViews.AccountView;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.Page;
import org.qianshou.system.Text;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Roles;

/** Administrators find accounts (identifiers masked) and grant or withdraw global roles. */
@Controller("/api/admin/accounts")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminAccountController {

    private final AccountAdministrationService accounts;

    AdminAccountController(AccountAdministrationService accounts) {
        this.accounts = accounts;
    }

    @Get
    Page<AccountSummary> list(
            @QueryValue @Nullable String q, @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0 || p > 10_000) {
            throw InvalidInputException.of("page", "field.page.range", 10_000);
        }
        if (s < 1 || s > 100) {
            throw InvalidInputException.of("size", "field.size.range", 100);
        }
        if (!Text.validSingleLine(q)) {
            throw InvalidInputException.of("q", "field.text.control-characters");
        }
        return accounts.list(q, p, s);
    }

    @Put("/{id}/roles")
    AccountView setRoles(Authentication authentication, @PathVariable long id, @Body RolesUpdate body) {
        return accounts.setRoles(Actor.of(authentication), id, body.roles());
    }
}
