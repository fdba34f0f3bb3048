package se.finsam.journey.api.organisation.pages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import se.finsam.journey.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.finsam.journey.api.organisation.User;
import se.finsam.journey.api.organisation.Users;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.web.BadRequestException;

/**
 * Switching a user off and on again from the administration page, each behind a page that asks first (a form, so it
 * works without script), as {@code POST /api/v1/users/{username}/disable} and {@code …/enable} do: a user switched
 * off cannot sign in and its open sessions end at their next request, on every node.
 */
@PageController
class UserSwitchPages {

    private final Users users;

    UserSwitchPages(Users users) {
        this.users = users;
    }

    @GetMapping("/app/admin/users/{username}/{change:disable|enable}")
    String confirm(@PathVariable String username, @PathVariable String change, @AuthenticationPrincipal Caller caller,
                   Model model) {
        AdminPages.requireAdmin(caller);
        User user = existing(username);
        refuseOwn(caller, username, change);
        model.addAttribute("user", user);
        model.addAttribute("change", change);
        return "admin/user-switch";
    }

    @PostMapping("/app/admin/users/{username}/{change:disable|enable}")
    String change(@PathVariable String username, @PathVariable String change, @AuthenticationPrincipal Caller caller,
                  RedirectAttributes redirect) {
        AdminPages.requireAdmin(caller);
        existing(username);
        refuseOwn(caller, username, change);
        boolean found = "disable".equals(change) ? users.switchOff(username, caller.username())
                : users.switchOn(username);
        if (!found) {
            throw unknown();
        }
        redirect.addFlashAttribute("saved", "disable".equals(change) ? "admin.user.disabled" : "admin.user.enabled");
        redirect.addFlashAttribute("savedName", username);
        return "redirect:/app/admin#users";
    }

    private User existing(String username) {
        return users.find(username).orElseThrow(UserSwitchPages::unknown);
    }

    private static NotFoundException unknown() {
        return new NotFoundException("there is no such user");
    }

    private static void refuseOwn(Caller caller, String username, String change) {
        if ("disable".equals(change) && caller.username().equals(username)) {
            throw new BadRequestException("you cannot switch off your own user; another administrator can");
        }
    }
}
