package se.finsam.journey.api.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.organisation.User;

/**
 * Turns a verified JWT of the identity provider into the same {@link Caller} a built-in user becomes, so that every
 * role and initiative check applies unchanged. Roles come from a claim holding a list (a dotted path such as
 * Keycloak's {@code realm_access.roles} reaches into nested objects); names that are not journey roles
 * ({@code offline_access}, …) are ignored. Initiatives come from a claim holding a list or one string (codes
 * separated by commas or spaces); anything not shaped like an initiative code or {@code *} is ignored. A token
 * without either grants nothing.
 */
public class TokenCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Pattern INITIATIVE = Pattern.compile("[a-z0-9-]{2,32}");

    private final String rolesClaim;
    private final String initiativesClaim;
    private final String usernameClaim;

    public TokenCallers(String rolesClaim, String initiativesClaim, String usernameClaim) {
        this.rolesClaim = rolesClaim;
        this.initiativesClaim = initiativesClaim;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Caller caller = caller(jwt.getClaims());
        return UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.getAuthorities());
    }

    Caller caller(Map<String, Object> claims) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String name : strings(claim(claims, rolesClaim))) {
            try {
                roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException notAJourneyRole) {
                // The identity provider's own roles (offline_access, default-roles-…) mean nothing here.
            }
        }
        Set<String> initiatives = new LinkedHashSet<>();
        for (String code : strings(claim(claims, initiativesClaim))) {
            if (User.ALL_INITIATIVES.equals(code) || INITIATIVE.matcher(code).matches()) {
                initiatives.add(code);
            }
        }
        Object name = claims.get(usernameClaim);
        String username = name instanceof String text && !text.isBlank() ? text : String.valueOf(claims.get("sub"));
        return new Caller(username, null, Set.copyOf(roles), Set.copyOf(initiatives));
    }

    /** The value at a dotted path of nested objects; null when any step is missing. */
    private static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String step : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(step);
        }
        return value;
    }

    private static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> strings.addAll(strings(v)));
        } else if (value instanceof String text) {
            for (String part : text.split("[,\\s]+")) {
                if (!part.isEmpty()) {
                    strings.add(part);
                }
            }
        }
        return strings;
    }
}
