package se.finsam.journey.api.organisation.pages;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.organisation.User;
import se.finsam.journey.journey.PersonalIdentityNumber;

/**
 * The user form as submitted, and its check: the rules of {@code PUT /api/v1/users/{username}}, except that an
 * existing user's password may be left empty to keep it (a page should not make an administrator learn or reset
 * a password to change a role).
 */
public record UserForm(String username, String password, Set<String> roles, Set<String> initiatives, boolean editing) {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    static final int MOST_PASSWORD_BYTES = 72;

    static UserForm of(String username, String password, List<String> roles, List<String> initiatives,
                       boolean editing) {
        return new UserForm(InitiativeForm.strip(username), password == null ? "" : password,
                Set.copyOf(roles == null ? List.of() : roles), Set.copyOf(initiatives == null ? List.of() : initiatives),
                editing);
    }

    FieldErrors check() {
        FieldErrors errors = new FieldErrors();
        if (username.isEmpty()) {
            errors.add("username", "admin.error.required");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add("username", "admin.error.username");
        } else if (PersonalIdentityNumber.foundIn(username)) {
            errors.add("username", "admin.error.identityNumber");
        }
        if (password.isEmpty()) {
            if (!editing) {
                errors.add("password", "admin.error.required");
            }
        } else if (password.length() < 8) {
            errors.add("password", "admin.error.passwordShort");
        } else if (password.length() > 200 || password.getBytes(StandardCharsets.UTF_8).length > MOST_PASSWORD_BYTES) {
            errors.add("password", "admin.error.passwordLong", MOST_PASSWORD_BYTES);
        }
        if (roles.isEmpty()) {
            errors.add("roles", "admin.error.roles");
        }
        for (String role : roles) {
            try {
                Role.valueOf(role);
            } catch (IllegalArgumentException e) {
                errors.add("roles", "admin.error.unknownRole", role);
            }
        }
        for (String code : initiatives) {
            if (!User.ALL_INITIATIVES.equals(code) && !InitiativeForm.CODE.matcher(code).matches()) {
                errors.add("initiatives", "admin.error.unknownInitiative", code);
            }
        }
        return errors;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean covers(String initiative) {
        return initiatives.contains(initiative);
    }
}
