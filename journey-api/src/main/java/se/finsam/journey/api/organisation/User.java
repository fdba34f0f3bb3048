package se.finsam.journey.api.organisation;

import java.util.Set;

/** A user: its roles, and the initiatives it works with ({@code *} for all). */
public record User(String username, String passwordHash, Set<Role> roles, Set<String> initiatives) {

    public static final String ALL_INITIATIVES = "*";
}
