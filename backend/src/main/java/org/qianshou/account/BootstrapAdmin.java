package org.qianshou.account;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first administrator comes from the environment ({@code QIANSHOU_ADMIN_EMAIL} or
 * {@code QIANSHOU_ADMIN_PHONE}, and {@code QIANSHOU_ADMIN_PASSWORD}) on a start when no administrator
 * exists yet. There is no default password: without these variables no administrator is created.
 */
@Singleton
class BootstrapAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountAdministrationService accounts;
    private final String email;
    private final String phone;
    private final String password;
    private final String name;

    BootstrapAdmin(AccountAdministrationService accounts, BootstrapAdminConfiguration configuration) {
        this.accounts = accounts;
        this.email = configuration.emailOrEmpty();
        this.phone = configuration.phoneOrEmpty();
        this.password = configuration.passwordOrEmpty();
        this.name = configuration.nameOrDefault();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Optional<Identifier> identifier = !email.isBlank()
                ? Identifiers.email(email).map(v -> new Identifier(Identifiers.Kind.EMAIL, v))
                : Identifiers.phone(phone).map(v -> new Identifier(Identifiers.Kind.PHONE, v));
        if (identifier.isEmpty() || password.isBlank()) {
            if (!email.isBlank() || !phone.isBlank()) {
                LOG.warn("QIANSHOU_ADMIN_EMAIL/QIANSHOU_ADMIN_PHONE is not a valid address or QIANSHOU_ADMIN_PASSWORD"
                        + " is empty: no administrator was created");
            }
            return;
        }
        if (accounts.createFirstAdmin(identifier.get(), password, name)) {
            LOG.info(
                    "Created the first administrator account ({})",
                    identifier.get().kind());
        }
    }
}
