package se.finsam.journey.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import se.finsam.journey.api.organisation.Users;

/**
 * The API's description ({@code /v3/api-docs}) and its reference page ({@code /swagger-ui.html}) are for any
 * signed-in user, whichever way in: HTTP Basic (or, with single sign-on on, a bearer token), as an integrator's
 * client calls the API, or the web session of someone signed in to the pages. A browser that is not signed in is
 * sent to the sign-in page and back; a client gets 401 problem+json.
 */
@Configuration(proxyBeanMethods = false)
public class ApiReferenceSecurity {

    /**
     * The pages' policy, and images from {@code data:} URIs, which Swagger UI's style sheet uses for its icons
     * (arrows, close, copy). Scripts and styles still come only from the service: Swagger UI's initializer is a
     * file, and its layout without the top bar has no inline style (the top bar's logo had one).
     */
    static final String REFERENCE_PAGE_CONTENT_SECURITY_POLICY = SecurityConfiguration.CONTENT_SECURITY_POLICY
            + "; img-src 'self' data:";

    @Bean
    @Order(3)
    SecurityFilterChain apiReference(HttpSecurity http, ObjectMapper json, ObjectProvider<JwtDecoder> tokens,
                                     ObjectProvider<TokenCallers> tokenCallers, Users users) throws Exception {
        AuthenticationEntryPoint signIn = (request, response, e) -> SecurityConfiguration.refused(json, response, e);
        RequestMatcher page = new OrRequestMatcher(request -> request.getServletPath().equals("/swagger-ui.html"),
                request -> request.getServletPath().startsWith("/swagger-ui/"));
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), page)
                        .defaultAuthenticationEntryPointFor(signIn, AnyRequestMatcher.INSTANCE))
                // Only a page is remembered to come back to after sign-in: a client's 401 leaves no session behind.
                .requestCache(cache -> cache.requestCache(pagesOnly(page)))
                // A web session here, too, ends when its user is switched off or has a new password.
                .addFilterAfter(new StoredUserSessions(users), HeaderWriterFilter.class)
                .headers(headers -> {
                    SecurityConfiguration.securityHeaders(headers);
                    headers.contentSecurityPolicy(csp -> csp.policyDirectives(REFERENCE_PAGE_CONTENT_SECURITY_POLICY));
                });
        JwtDecoder decoder = tokens.getIfAvailable();
        if (decoder != null) {
            // With single sign-on on, a client that calls the API with a bearer token reads its description with it.
            http.oauth2ResourceServer(bearer -> bearer
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(tokenCallers.getObject()))
                    .authenticationEntryPoint(signIn));
        }
        return http.build();
    }

    private static HttpSessionRequestCache pagesOnly(RequestMatcher page) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(page);
        return cache;
    }
}
