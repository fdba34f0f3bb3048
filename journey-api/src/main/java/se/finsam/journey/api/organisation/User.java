package se.finsam.journey.api.organisation;

import java.util.Set;

/**
 * A user: its roles, the initiatives it works with ({@code *} for all), and whether an administrator has switched it
 * off (it then cannot sign in, and keeps its name on what it recorded).
 */
public record User(String username, String passwordHash, Set<Role> roles, Set<String> initiatives, boolean disabled) {

    public static final String ALL_INITIATIVES = "*";

    /** A user that is switched on, as every user is when created. */
    public User(String username, String passwordHash, Set<Role> roles, Set<String> initiatives) {
        this(username, passwordHash, roles, initiatives, false);
    }
}
