package se.finsam.journey.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import se.finsam.journey.api.MutableClock;

/** A bearer token's lifetime is judged by the service's clock, like everything else that depends on time. */
class TokenLifetimeTest {

    private static final String ISSUER = "https://sso.example.test/realms/journey";
    private static final Instant ISSUED = Instant.parse("2021-05-03T08:00:00Z");

    private final MutableClock clock = new MutableClock(ISSUED.plus(Duration.ofMinutes(1)));

    @Test
    void aTokenWithinItsLifetimeByTheServicesClockIsTrusted() {
        assertThat(SingleSignOnConfiguration.validator(ISSUER, "journey", clock).validate(token()).hasErrors())
                .isFalse();
    }

    @Test
    void theSameTokenIsRefusedOnceTheServicesClockIsPastItsLifetime() {
        clock.advance(Duration.ofMinutes(10));

        assertThat(SingleSignOnConfiguration.validator(ISSUER, "journey", clock).validate(token()).getErrors())
                .anyMatch(error -> error.getDescription().contains("expired"));
    }

    @Test
    void aTokenOfAnotherIssuerOrAudienceIsStillRefused() {
        Jwt other = Jwt.withTokenValue("t").header("alg", "RS256").issuer("https://elsewhere.test").audience(
                List.of("account")).issuedAt(ISSUED).expiresAt(ISSUED.plus(Duration.ofMinutes(5))).build();

        assertThat(SingleSignOnConfiguration.validator(ISSUER, "journey", clock).validate(other).getErrors())
                .hasSize(2);
    }

    private static Jwt token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuer(ISSUER).audience(List.of("journey", "account"))
                .issuedAt(ISSUED).expiresAt(ISSUED.plus(Duration.ofMinutes(5))).build();
    }
}
