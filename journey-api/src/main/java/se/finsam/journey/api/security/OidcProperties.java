package se.finsam.journey.api.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code journey.oidc.*}: single sign-on, only when {@code issuer} is set (see {@link SingleSignOnConfiguration}):
 * where the signing keys come from, the audience every token must name, and the claims holding the journey roles,
 * the initiatives and the user name.
 */
@Validated
@ConfigurationProperties("journey.oidc")
public record OidcProperties(
        String issuer,
        String jwkSetUri,
        String publicKeyLocation,
        String audience,
        @NotBlank(message = "must name a claim (JOURNEY_OIDC_ROLES_CLAIM)") String rolesClaim,
        @NotBlank(message = "must name a claim (JOURNEY_OIDC_INITIATIVES_CLAIM)") String initiativesClaim,
        @NotBlank(message = "must name a claim (JOURNEY_OIDC_USERNAME_CLAIM)") String usernameClaim) {
}
