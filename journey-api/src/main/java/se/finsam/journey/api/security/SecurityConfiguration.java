package se.finsam.journey.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import se.finsam.journey.api.metrics.Caches;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.organisation.Users;
import se.finsam.journey.api.web.ServletErrorAnswers;

/**
 * Every {@code /api/**} call needs HTTP Basic credentials of a user in the database, or, with single sign-on on
 * ({@link SingleSignOnConfiguration}), a bearer token of the identity provider; and every one but {@code /me} a
 * role. The health check is open. Refusals are problem+json like every other error, and every answer, of any path,
 * carries the same security headers.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** bcrypt's work factor for new hashes: about a quarter of a second here, once per user per five minutes. */
    static final int BCRYPT_COST = 12;
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";
    private static final String SIGN_IN = "Sign in with the user name and password of a journey user (HTTP Basic).";
    static final String SWITCHED_OFF = "This user is switched off: an administrator has disabled it, so it can no "
            + "longer sign in. Ask an administrator if that is a mistake. Användaren är avstängd av en administratör "
            + "och kan inte längre logga in.";
    private static final String REJECTED_ADDRESS = "the address holds something an address of this service never "
            + "does (such as ';', '//', '..', or an encoded '.' or '/'): ask for the address exactly as the service "
            + "gives it";
    private static final String BAD_TOKEN = "The bearer token is not valid here: expired, not signed by the configured "
            + "identity provider, or issued by another one. Sign in again.";

    /**
     * No Spring Security observations at all. The property {@code management.observations.enable.spring.security=false}
     * only turns them into no-ops: every filter of every request was still wrapped in an observing decorator, which
     * a profile of single records showed as about 3 % of the request's time. The request metrics
     * ({@code http.server.requests}) are Spring MVC's and stay.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, ObjectProvider<JwtDecoder> tokens,
                            ObjectProvider<TokenCallers> tokenCallers) throws Exception {
        AuthenticationEntryPoint signIn = (request, response, e) -> refused(json, response, e);
        AccessDeniedHandler denied = (request, response, e) -> problem(json, response, HttpStatus.FORBIDDEN,
                "Your user does not have the role needed for this.");
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/users/**").hasRole("ADMIN")
                        // Who one is, is one's own to know; everything else needs a role, whatever the scope says.
                        .requestMatchers("/api/v1/me").authenticated()
                        .anyRequest().hasAnyRole(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new)))
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(signIn)
                        .accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::securityHeaders);
        JwtDecoder decoder = tokens.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(bearer -> bearer
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(tokenCallers.getObject()))
                    .authenticationEntryPoint(signIn)
                    .accessDeniedHandler(denied));
        }
        return http.build();
    }

    /**
     * The web pages ({@code /app/**}): signed in through the form at {@code /login} with the same users and the
     * same rate-limited check as the API, kept in a session, with CSRF tokens on every form. A page that needs a
     * role or an initiative the user does not have answers 403 from its controller, as the API does. Each request
     * acts on the user as stored now ({@link StoredUserSessions}): a session ends when its user is switched off or
     * its password changed, and follows any change of roles or initiatives at once.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Users users) throws Exception {
        http.securityMatcher("/", "/app", "/app/**", "/login", "/logout", "/css/**", "/js/**", "/img/**",
                        "/favicon.ico")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/app", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                request.getContextPath() + (e instanceof TooManyFailedSignIns tooMany
                                        ? "/login?locked=" + tooMany.retryAfterSeconds()
                                        : e instanceof DisabledException ? "/login?disabled" : "/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                // After the headers, so that a session ended by it is still answered with them.
                .addFilterAfter(new StoredUserSessions(users), HeaderWriterFilter.class)
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    /**
     * Everything else (unknown paths, the error page): nothing to sign in to, but the same headers. Last, after
     * every chain with paths of its own (such as {@link ApiReferenceSecurity}'s).
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    /**
     * No framing, no sniffing, no referrer, only our own origin, nothing cached; HSTS on answers to https
     * requests (Spring writes it only for secure requests: behind a proxy that ends TLS, set
     * JOURNEY_FORWARD_HEADERS=native so that the forwarded protocol counts).
     */
    static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(options -> { })
                .cacheControl(cache -> { })
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    /**
     * A request Spring Security's firewall rejects (a {@code ;}, {@code //}, {@code ..} or an encoded {@code .} or
     * {@code /} in its path, …) is answered by the error page, {@code ServletErrorAnswers}: problem+json under the API, the
     * app's error page elsewhere. The rejection is the client's doing, so nothing is logged.
     */
    @Bean
    RequestRejectedHandler rejectedRequests() {
        return (request, response, rejected) -> {
            request.setAttribute(ServletErrorAnswers.DETAIL, REJECTED_ADDRESS);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }

    /**
     * New hashes are bcrypt with cost {@value #BCRYPT_COST}; hashes made earlier (cost 10) still match and are
     * replaced at the next successful sign-in. A stored hash of a kind it does not know simply never matches.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(BCRYPT_COST)));
        encoder.setDefaultPasswordEncoderForMatches(new NeverMatches());
        return encoder;
    }

    @Bean
    LoginAttempts loginAttempts(LoginProperties login, Clock clock, Caches caches) {
        return new LoginAttempts(login.mostFailuresPerUser(), login.mostFailuresPerAddress(), login.failureWindow(),
                clock, caches);
    }

    @Bean
    VerifiedCredentials verifiedCredentials(UserDetailsService users, Users store, PasswordEncoder passwords,
                                            LoginAttempts attempts, Caches caches) {
        UserDetailsPasswordService rehashing = (user, newHash) -> {
            store.replacePasswordHash(user.getUsername(), user.getPassword(), newHash);
            return users.loadUserByUsername(user.getUsername());
        };
        return new VerifiedCredentials(users, rehashing, passwords, attempts, caches);
    }

    @Bean
    UserDetailsService userDetailsService(Users users) {
        return username -> users.find(username).map(Caller::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    static void refused(ObjectMapper json, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof TooManyFailedSignIns tooMany) {
            response.setHeader("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
            problem(json, response, HttpStatus.TOO_MANY_REQUESTS, tooMany.detail());
        } else if (e instanceof DisabledException) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"journey\"");
            problem(json, response, HttpStatus.UNAUTHORIZED, SWITCHED_OFF);
        } else if (e instanceof OAuth2AuthenticationException) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problem(json, response, HttpStatus.UNAUTHORIZED, BAD_TOKEN);
        } else {
            response.setHeader("WWW-Authenticate", "Basic realm=\"journey\"");
            problem(json, response, HttpStatus.UNAUTHORIZED, SIGN_IN);
        }
    }

    static void problem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** For stored hashes without a known {id} prefix: they never match, rather than fail the request. */
    private static final class NeverMatches implements PasswordEncoder {
        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("only matches");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }
    }
}
