package se.finsam.journey.api.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.api.web.ControlCharacterParameters;
import se.finsam.journey.journey.PersonalIdentityNumber;

/** API.md, "Organisation and users": initiatives and users, kept by administrators. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation", description = "Initiatives and users, kept by administrators; and who the caller is.")
class OrganisationController {

    private static final String NOT_ADMIN = "the caller is not an administrator (ADMIN)";

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,32}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final int MOST_PASSWORD_BYTES = 72;

    private final Initiatives initiatives;
    private final Users users;
    private final PasswordEncoder passwords;

    OrganisationController(Initiatives initiatives, Users users, PasswordEncoder passwords) {
        this.initiatives = initiatives;
        this.users = users;
        this.passwords = passwords;
    }

    record InitiativeRequest(
            @Schema(description = "The initiative's name, at most 200 characters.", example = "Samordningsteam Sala")
            String name,
            @Schema(description = "The code of its association (samordningsförbund): 2–32 characters a–z, 0–9 "
                    + "or '-'.",
                    example = "vastmanland")
            String association) {
    }

    @PutMapping("/initiatives/{code}")
    @Operation(summary = "Create or rename an initiative", responses = {
            @ApiResponse(responseCode = "201", description = "Created."),
            @ApiResponse(responseCode = "200", description = "It existed: its name and association are replaced.")})
    @ErrorAnswer(status = 400, when = "the code, the name or the association is missing or not of the allowed form")
    @ErrorAnswer(status = 403, when = NOT_ADMIN)
    ResponseEntity<Initiative> putInitiative(
            @Parameter(description = "The initiative's code: 2–32 characters a–z, 0–9 or '-'.", example = "sala")
            @PathVariable String code,
            @RequestBody InitiativeRequest request, @AuthenticationPrincipal Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("only an administrator (ADMIN) creates or renames initiatives");
        }
        if (!CODE.matcher(code).matches()) {
            throw new BadRequestException("initiative code '" + code + "' must be 2–32 characters a–z, 0–9 or '-'");
        }
        String name = required(request.name(), "name", 200);
        String association = required(request.association(), "association", 64);
        if (!CODE.matcher(association).matches()) {
            throw new BadRequestException("association code '" + association + "' must be 2–32 characters a–z, 0–9 or '-'");
        }
        // Names and codes of initiatives head every report and export, unsealed: never an identity number in them.
        if (PersonalIdentityNumber.foundIn(name)) {
            throw new BadRequestException("field 'name' holds what looks like a personal identity number "
                    + "(personnummer); an initiative's name is shown in every report, so it must never hold one");
        }
        if (PersonalIdentityNumber.foundIn(code) || PersonalIdentityNumber.foundIn(association)) {
            throw new BadRequestException("an initiative or association code must not look like a personal "
                    + "identity number (personnummer)");
        }
        Initiative initiative = new Initiative(code, name, association);
        boolean created = initiatives.save(initiative);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(initiative);
    }

    @GetMapping("/initiatives")
    @Operation(summary = "The initiatives the caller may read")
    @ErrorAnswer(status = 403, when = "the caller has no role")
    List<Initiative> listInitiatives(@AuthenticationPrincipal Caller caller) {
        return initiatives.all().stream().filter(i -> caller.covers(i.code())).toList();
    }

    record UserRequest(
            @Schema(description = "8 characters at least, 72 bytes at most (bcrypt reads no further).")
            String password,
            @Schema(description = "One or more of ADMIN (everything), STAFF (record and read journeys of its "
                    + "initiatives, and their reports), ANALYST (reports and lineage of its initiatives), AUDITOR "
                    + "(as ANALYST, plus the audit trail), OFFICE (the association's office: records money, staff "
                    + "and activities of its initiatives, and reads their reports).", example = "[\"STAFF\"]")
            List<String> roles,
            @Schema(description = "The initiative codes the user works with; \"*\" means all.", example = "[\"sala\"]")
            List<String> initiatives) {
    }

    /** {@code disabled}: switched off by an administrator (no sign-in; their records keep their name). */
    record UserView(String username, List<String> roles, Set<String> initiatives, boolean disabled) {

        static UserView of(User user) {
            return new UserView(user.username(), user.roles().stream().map(Role::name).toList(), user.initiatives(),
                    user.disabled());
        }
    }

    @PutMapping("/users/{username}")
    @Operation(summary = "Create or replace a user", responses = {
            @ApiResponse(responseCode = "201", description = "Created."),
            @ApiResponse(responseCode = "200", description = "It existed: password, roles and initiatives are "
                    + "replaced; whether it is switched off is kept (`disabled`).")})
    @ErrorAnswer(status = 400, when = "the user name, the password, a role or an initiative code is missing or not "
            + "of the allowed form, or the user name looks like it holds a personal identity number")
    @ErrorAnswer(status = 403, when = NOT_ADMIN)
    ResponseEntity<UserView> putUser(
            @Parameter(description = "The user name: 1–64 letters, digits or . _ @ -", example = "anna")
            @PathVariable String username, @RequestBody UserRequest request) {
        if (PersonalIdentityNumber.foundIn(username)) {
            // A user name is shown as "recorded by" beside every record, to analysts too: never an identity number.
            throw new BadRequestException("the user name looks like it holds a personal identity number "
                    + "(personnummer); user names are shown to analysts and auditors, so choose another");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new BadRequestException("user name '" + username + "' must be 1–64 letters, digits or . _ @ -");
        }
        String password = required(request.password(), "password", 200);
        if (password.length() < 8) {
            throw new BadRequestException("the password must be at least 8 characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MOST_PASSWORD_BYTES) {
            throw new BadRequestException("the password may be at most " + MOST_PASSWORD_BYTES + " bytes long (72 "
                    + "letters a–z; å, ä, ö and the like take two): bcrypt, which stores it, reads no further");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new BadRequestException("field 'roles' must name at least one of ADMIN, STAFF, ANALYST, AUDITOR, OFFICE");
        }
        Set<Role> roles = new LinkedHashSet<>();
        for (String role : request.roles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new BadRequestException("role '" + role + "' does not exist; roles are ADMIN, STAFF, ANALYST, AUDITOR, OFFICE");
            }
        }
        Set<String> scope = new LinkedHashSet<>(request.initiatives() == null ? List.of() : request.initiatives());
        for (String code : scope) {
            if (!User.ALL_INITIATIVES.equals(code) && (code == null || !CODE.matcher(code).matches())) {
                throw new BadRequestException("initiative '" + code + "' is not an initiative code (or '*' for all)");
            }
        }
        boolean created = users.save(new User(username, passwords.encode(password), roles, scope));
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(UserView.of(stored(username)));
    }

    @GetMapping("/users")
    @Operation(summary = "Every user, with roles and initiatives")
    @ErrorAnswer(status = 403, when = NOT_ADMIN)
    List<UserView> listUsers() {
        return users.all().stream().map(UserView::of).toList();
    }

    /**
     * Switches a user off: it can no longer sign in, and its open sessions end at their next request, on every node.
     * Its name stays on what it recorded. An administrator cannot switch off their own user (nobody might be left to
     * switch it on again).
     */
    @PostMapping("/users/{username}/disable")
    @Operation(summary = "Switch a user off", description = "The user can no longer sign in (told why, once the "
            + "password matched), and every open session ends at its next request, on every node. The user stays, "
            + "with their name on everything they recorded; `PUT` of the same user does not switch it on again.")
    @ErrorAnswer(status = 400, when = "it is the caller's own user")
    @ErrorAnswer(status = 403, when = NOT_ADMIN)
    @ErrorAnswer(status = 404, when = "no user has this name")
    UserView disableUser(@Parameter(description = "The user name", example = "anna") @PathVariable String username,
                         @AuthenticationPrincipal Caller caller) {
        if (caller.username().equals(username)) {
            throw new BadRequestException("you cannot switch off your own user; another administrator can");
        }
        if (!users.switchOff(username, caller.username())) {
            throw unknownUser(username);
        }
        return UserView.of(stored(username));
    }

    /** Switches a user on again, with the roles, initiatives and password it had. */
    @PostMapping("/users/{username}/enable")
    @Operation(summary = "Switch a user on again", description = "With the roles, initiatives and password the user "
            + "had.")
    @ErrorAnswer(status = 403, when = NOT_ADMIN)
    @ErrorAnswer(status = 404, when = "no user has this name")
    UserView enableUser(@Parameter(description = "The user name", example = "anna") @PathVariable String username) {
        if (!users.switchOn(username)) {
            throw unknownUser(username);
        }
        return UserView.of(stored(username));
    }

    private User stored(String username) {
        return users.find(username).orElseThrow(() -> unknownUser(username));
    }

    private static NotFoundException unknownUser(String username) {
        return new NotFoundException(USERNAME.matcher(username).matches() ? "there is no user '" + username + "'"
                : "there is no user of that name");
    }

    @GetMapping("/me")
    @Operation(summary = "Who the caller is", description = "User name, roles and initiatives: open to every "
            + "signed-in user, also one without a role.")
    Map<String, Object> me(@AuthenticationPrincipal Caller caller) {
        return Map.of("username", caller.username(), "roles", caller.roleNames(), "initiatives", caller.initiatives());
    }

    private static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("field '" + field + "' is missing");
        }
        refuseControlCharacters(value, field);
        if (value.strip().length() > maxLength) {
            throw new BadRequestException("field '" + field + "' may hold at most " + maxLength + " characters");
        }
        return value.strip();
    }

    /** PostgreSQL cannot store a NUL byte, and no name, code or password of ours holds a control character. */
    private static void refuseControlCharacters(String value, String field) {
        if (ControlCharacterParameters.holdsControlCharacter(value)) {
            throw new BadRequestException("field '" + field + "' must not contain control characters (such as a NUL "
                    + "byte)");
        }
    }
}
