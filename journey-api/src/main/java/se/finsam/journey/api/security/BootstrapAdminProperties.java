package se.finsam.journey.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code journey.bootstrap-admin-password}: when set, user {@code admin} is made at start if it is missing. */
@ConfigurationProperties("journey")
public record BootstrapAdminProperties(String bootstrapAdminPassword) {

    public boolean set() {
        return bootstrapAdminPassword != null && !bootstrapAdminPassword.isBlank();
    }

    /** Without the password. */
    @Override
    public String toString() {
        return "BootstrapAdminProperties[set=" + set() + "]";
    }
}
