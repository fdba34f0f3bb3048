package se.finsam.journey.api.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Single sign-on, only when {@code JOURNEY_OIDC_ISSUER} is set: {@code /api/**} then also accepts
 * {@code Authorization: Bearer <JWT>} signed by that issuer. The keys come from {@code JOURNEY_OIDC_JWK_SET_URI}
 * when set (the issuer itself is then never asked), else from the issuer's discovery document; either is fetched at
 * the first token, not at start, so the service starts while the identity provider is still down. A fixed public
 * key ({@code journey.oidc.public-key-location}, PEM) replaces both, for tests and for issuers without a JWK set.
 * Every token must carry this issuer, be within its lifetime and, when {@code JOURNEY_OIDC_AUDIENCE} is set, name
 * it in {@code aud}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${journey.oidc.issuer:}'.isBlank()")
class SingleSignOnConfiguration {

    @Bean
    JwtDecoder jwtDecoder(OidcProperties oidc, Clock clock) {
        String issuer = oidc.issuer();
        String jwkSetUri = oidc.jwkSetUri();
        String publicKey = oidc.publicKeyLocation();
        OAuth2TokenValidator<Jwt> validator = validator(issuer, oidc.audience(), clock);
        if (publicKey != null && !publicKey.isBlank()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(
                    rsaPublicKey(new DefaultResourceLoader().getResource(publicKey))).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        if (jwkSetUri != null && !jwkSetUri.isBlank()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    @Bean
    TokenCallers tokenCallers(OidcProperties oidc) {
        return new TokenCallers(oidc.rolesClaim(), oidc.initiativesClaim(), oidc.usernameClaim());
    }

    /**
     * Spring Security's default checks (lifetime, a certificate-bound token's thumbprint) with the issuer, and the
     * audience when set. The lifetime is judged by the service's clock: Spring's default would read a clock of its own.
     */
    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, Clock clock) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator();
        lifetime.setClock(clock);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(List.of(lifetime, new JwtIssuerValidator(issuer)));
        if (audience != null && !audience.isBlank()) {
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && aud.contains(audience)));
        }
        return JwtValidators.createDefaultWithValidators(validators);
    }

    private static RSAPublicKey rsaPublicKey(Resource location) {
        try (InputStream in = location.getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("the public key at " + location + " could not be read", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the file at " + location + " is not an RSA public key in PEM", e);
        }
    }
}
