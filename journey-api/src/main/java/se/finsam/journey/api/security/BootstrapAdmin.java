package se.finsam.journey.api.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.organisation.User;
import se.finsam.journey.api.organisation.Users;

/**
 * Creates user {@code admin} at start when JOURNEY_BOOTSTRAP_ADMIN_PASSWORD is set and no admin exists, before
 * the web server accepts requests (so a client that sees the service healthy can sign in at once).
 */
@Component
class BootstrapAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Users users;
    private final PasswordEncoder passwords;
    private final BootstrapAdminProperties settings;

    BootstrapAdmin(Users users, PasswordEncoder passwords, BootstrapAdminProperties settings) {
        this.users = users;
        this.passwords = passwords;
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!settings.set()) {
            return;
        }
        String password = settings.bootstrapAdminPassword();
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            throw new IllegalStateException("JOURNEY_BOOTSTRAP_ADMIN_PASSWORD is longer than 72 bytes, more than bcrypt "
                    + "reads; choose a shorter one");
        }
        boolean created = users.createIfAbsent(new User("admin", passwords.encode(password), Set.of(Role.ADMIN),
                Set.of(User.ALL_INITIATIVES)));
        if (created) {
            log.info("Created the bootstrap user 'admin' with role ADMIN");
        }
    }
}
