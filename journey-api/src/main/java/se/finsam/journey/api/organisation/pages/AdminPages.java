package se.finsam.journey.api.organisation.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.finsam.journey.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.finsam.journey.api.admin.ReadModels;
import se.finsam.journey.api.organisation.Initiative;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.organisation.User;
import se.finsam.journey.api.organisation.Users;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;

/**
 * {@code /app/admin} (ADMIN only): the initiatives and users, with forms to create and edit them that store through
 * the same repositories as {@code OrganisationController} and check the same rules, but answer a mistake with the
 * form again and the problem next to its field (status 400). Passwords are hashed with the service's encoder and
 * never shown or logged.
 */
@PageController
public class AdminPages {

    private final Initiatives initiatives;
    private final Users users;
    private final PasswordEncoder passwords;
    private final ReadModels readModels;

    AdminPages(Initiatives initiatives, Users users, PasswordEncoder passwords, ReadModels readModels) {
        this.initiatives = initiatives;
        this.users = users;
        this.passwords = passwords;
        this.readModels = readModels;
    }

    @GetMapping("/app/admin")
    String admin(@AuthenticationPrincipal Caller caller, Model model) {
        requireAdmin(caller);
        model.addAttribute("initiatives", initiatives.all());
        model.addAttribute("users", users.all().stream().map(u -> new UserRow(u.username(),
                u.roles().stream().map(Role::name).toList(), List.copyOf(u.initiatives()), u.disabled())).toList());
        model.addAttribute("readModel", readModels.status());
        return "admin/admin";
    }

    /** A user as the list shows it: never its password hash. */
    record UserRow(String username, List<String> roles, List<String> initiatives, boolean disabled) {
    }

    @GetMapping("/app/admin/initiatives/new")
    String newInitiative(@AuthenticationPrincipal Caller caller, Model model) {
        requireAdmin(caller);
        return initiativeForm(model, InitiativeForm.of("", "", "", false), new FieldErrors());
    }

    @GetMapping("/app/admin/initiatives/{code}")
    String editInitiative(@PathVariable String code, @AuthenticationPrincipal Caller caller, Model model) {
        requireAdmin(caller);
        Initiative initiative = initiatives.find(code)
                .orElseThrow(() -> new NotFoundException("there is no initiative '" + code + "'"));
        return initiativeForm(model, InitiativeForm.of(initiative.code(), initiative.name(), initiative.association(),
                true), new FieldErrors());
    }

    @PostMapping("/app/admin/initiatives")
    String saveInitiative(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                          @RequestParam(required = false) String association,
                          @RequestParam(defaultValue = "false") boolean editing, @AuthenticationPrincipal Caller caller,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireAdmin(caller);
        InitiativeForm form = InitiativeForm.of(code, name, association, editing);
        FieldErrors errors = form.check();
        if (!errors.any() && !editing && initiatives.find(form.code()).isPresent()) {
            errors.add("code", "admin.error.initiativeExists");
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return initiativeForm(model, form, errors);
        }
        boolean created = initiatives.save(new Initiative(form.code(), form.name(), form.association()));
        redirect.addFlashAttribute("saved", created ? "admin.initiative.created" : "admin.initiative.saved");
        redirect.addFlashAttribute("savedName", form.code());
        return "redirect:/app/admin#initiatives";
    }

    private static String initiativeForm(Model model, InitiativeForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/initiative";
    }

    @GetMapping("/app/admin/users/new")
    String newUser(@AuthenticationPrincipal Caller caller, Model model) {
        requireAdmin(caller);
        return userForm(model, UserForm.of("", "", List.of(), List.of(), false), new FieldErrors());
    }

    @GetMapping("/app/admin/users/{username}")
    String editUser(@PathVariable String username, @AuthenticationPrincipal Caller caller, Model model) {
        requireAdmin(caller);
        User user = users.find(username).orElseThrow(() -> new NotFoundException("there is no user '" + username + "'"));
        return userForm(model, UserForm.of(user.username(), "", user.roles().stream().map(Role::name).toList(),
                List.copyOf(user.initiatives()), true), new FieldErrors());
    }

    @PostMapping("/app/admin/users")
    String saveUser(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
                    @RequestParam(required = false) List<String> roles,
                    @RequestParam(required = false) List<String> initiatives,
                    @RequestParam(defaultValue = "false") boolean editing, @AuthenticationPrincipal Caller caller,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireAdmin(caller);
        UserForm form = UserForm.of(username, password, roles, initiatives, editing);
        FieldErrors errors = form.check();
        Set<String> known = this.initiatives.all().stream().map(Initiative::code).collect(Collectors.toSet());
        form.initiatives().stream().filter(code -> !User.ALL_INITIATIVES.equals(code) && !known.contains(code))
                .findFirst().ifPresent(code -> errors.add("initiatives", "admin.error.unknownInitiative", code));
        User existing = errors.has("username") ? null : users.find(form.username()).orElse(null);
        if (!editing && existing != null) {
            errors.add("username", "admin.error.userExists");
        }
        if (editing && existing == null && !errors.has("username")) {
            throw new NotFoundException("there is no user '" + form.username() + "'");
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return userForm(model, form, errors);
        }
        String hash = form.password().isEmpty() ? existing.passwordHash() : passwords.encode(form.password());
        Set<Role> roleSet = form.roles().stream().map(Role::valueOf).sorted()
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> scope = form.initiatives().contains(User.ALL_INITIATIVES) ? Set.of(User.ALL_INITIATIVES)
                : form.initiatives().stream().sorted().collect(Collectors.toCollection(LinkedHashSet::new));
        // Whether the user is switched off is kept as it is: only the switch pages change it.
        boolean created = users.save(new User(form.username(), hash, roleSet, scope));
        redirect.addFlashAttribute("saved", created ? "admin.user.created" : "admin.user.saved");
        redirect.addFlashAttribute("savedName", form.username());
        return "redirect:/app/admin#users";
    }

    private String userForm(Model model, UserForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("allRoles", List.of(Role.values()).stream().map(Role::name).toList());
        model.addAttribute("allInitiatives", initiatives.all());
        return "admin/user";
    }

    public static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("only an administrator (ADMIN) may use the administration pages");
        }
    }
}
