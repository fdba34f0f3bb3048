package se.finsam.journey.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.journey.api.organisation.Role;

class TokenCallersTest {

    private final TokenCallers keycloak = new TokenCallers("realm_access.roles", "journey_initiatives",
            "preferred_username");
    private final TokenCallers flat = new TokenCallers("journey_roles", "journey_initiatives", "preferred_username");

    @Test
    void rolesAreReadFromANestedClaimAndOnlyJourneyRolesCount() {
        Caller caller = keycloak.caller(Map.of("sub", "x", "preferred_username", "erik",
                "realm_access", Map.of("roles", List.of("analyst", "offline_access", "default-roles-journey")),
                "journey_initiatives", List.of("sala", "fns")));

        assertThat(caller.username()).isEqualTo("erik");
        assertThat(caller.roles()).containsExactly(Role.ANALYST);
        assertThat(caller.initiatives()).containsExactlyInAnyOrder("sala", "fns");
        assertThat(caller.mayRead("sala")).isTrue();
        assertThat(caller.mayRead("enkoping")).isFalse();
    }

    @Test
    void initiativesMayComeAsOneStringAndAnythingNotShapedLikeACodeIsIgnored() {
        Caller caller = flat.caller(Map.of("sub", "x", "journey_roles", "STAFF",
                "journey_initiatives", "sala, fns  Not A Code,x"));

        assertThat(caller.roles()).containsExactly(Role.STAFF);
        assertThat(caller.initiatives()).containsExactlyInAnyOrder("sala", "fns");
    }

    @Test
    void aTokenWithoutTheClaimsGrantsNothingAndIsNamedByItsSubject() {
        Caller caller = keycloak.caller(Map.of("sub", "f81d4fae", "realm_access", "not an object"));

        assertThat(caller.username()).isEqualTo("f81d4fae");
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.initiatives()).isEmpty();
        assertThat(caller.mayRead("sala")).isFalse();
        assertThat(caller.getAuthorities()).isEmpty();
    }
}
