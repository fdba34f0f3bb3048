package se.finsam.journey.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.organisation.User;

/**
 * The signed-in user, with the questions the endpoints ask of it. {@code disabled}: an administrator has switched the
 * user off, so it may not sign in ({@link #isEnabled()}).
 */
public record Caller(String username, String passwordHash, Set<Role> roles, Set<String> initiatives, boolean disabled)
        implements UserDetails {

    /** A caller that is switched on: every caller but a stored user an administrator switched off. */
    public Caller(String username, String passwordHash, Set<Role> roles, Set<String> initiatives) {
        this(username, passwordHash, roles, initiatives, false);
    }

    public static Caller of(User user) {
        return new Caller(user.username(), user.passwordHash(), Set.copyOf(user.roles()), Set.copyOf(user.initiatives()),
                user.disabled());
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean covers(String initiative) {
        return coversEveryInitiative() || initiatives.contains(initiative);
    }

    /** An administrator, or a user of {@code "*"}: every initiative, also those created later. */
    public boolean coversEveryInitiative() {
        return isAdmin() || initiatives.contains(User.ALL_INITIATIVES);
    }

    public boolean mayRecord(String initiative) {
        return (isAdmin() || roles.contains(Role.STAFF)) && covers(initiative);
    }

    public boolean mayRead(String initiative) {
        return !roles.isEmpty() && covers(initiative);
    }

    /** A journey, record by record, is staff's to read (API.md); analysts and auditors read reports and lineage. */
    public boolean mayReadJourneys(String initiative) {
        return (isAdmin() || roles.contains(Role.STAFF)) && covers(initiative);
    }

    /** Whether the caller may record in any initiative at all: asked before anything of a record is looked at. */
    public boolean mayRecordAnywhere() {
        return isAdmin() || (roles.contains(Role.STAFF) && !initiatives.isEmpty());
    }

    /** Only staff of the initiative and admins see identity numbers and names. */
    public boolean seesPersonalData(String initiative) {
        return isAdmin() || (roles.contains(Role.STAFF) && covers(initiative));
    }

    public void requireRecording(String initiative) {
        if (!mayRecord(initiative)) {
            throw new ForbiddenException("user '" + username + "' may not record journeys of initiative '"
                    + initiative + "'");
        }
    }

    public void requireRecordingAnywhere() {
        if (!mayRecordAnywhere()) {
            throw new ForbiddenException("user '" + username + "' may not record journeys (roles STAFF or ADMIN do)");
        }
    }

    public void requireJourneyReading() {
        if (!isAdmin() && !roles.contains(Role.STAFF)) {
            throw new ForbiddenException("user '" + username + "' may not read journeys (roles STAFF or ADMIN do; "
                    + "reports and their lineage are open to ANALYST and AUDITOR)");
        }
    }

    public void requireJourneyReading(String initiative) {
        requireJourneyReading();
        if (!mayReadJourneys(initiative)) {
            throw new ForbiddenException("user '" + username + "' may not read journeys of initiative '" + initiative
                    + "'");
        }
    }

    /** Table definitions are written by analysts and administrators; they hold no data, so no initiative is asked. */
    public boolean mayWriteDefinitions() {
        return isAdmin() || roles.contains(Role.ANALYST);
    }

    public void requireDefinitionWriting() {
        if (!mayWriteDefinitions()) {
            throw new ForbiddenException("user '" + username + "' may not write table definitions (roles ANALYST or "
                    + "ADMIN do; every role that reads reports reads and runs them)");
        }
    }

    public void requireReading(String initiative) {
        if (!mayRead(initiative)) {
            throw new ForbiddenException("user '" + username + "' may not read initiative '" + initiative + "'");
        }
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public boolean isEnabled() {
        return !disabled;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "Caller[" + username + " " + roles + " " + initiatives + "]";
    }

    public List<String> roleNames() {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
