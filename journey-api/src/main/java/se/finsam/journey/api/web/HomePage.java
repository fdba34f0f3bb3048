package se.finsam.journey.api.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.finsam.journey.api.recording.NotFoundException;

/** The way in: the sign-in form, and a start page that shows each role the pages it may use. */
@PageController
class HomePage {

    /** The longest wait a refused sign-in is told about: the failure window is minutes, not days. */
    private static final long MOST_SECONDS_LOCKED = 24 * 60 * 60;

    @GetMapping("/")
    String root() {
        return "redirect:/app";
    }

    /**
     * {@code locked} is the wait in seconds that a refused sign-in was given; anything else in it (the URL is the
     * client's to write) is ignored rather than parsed into an error.
     */
    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String locked, Model model) {
        model.addAttribute("lockedMinutes", lockedMinutes(locked));
        return "login";
    }

    static Long lockedMinutes(String seconds) {
        if (seconds == null || seconds.isEmpty() || seconds.length() > 6
                || !seconds.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        long wait = Long.parseLong(seconds);
        return wait < 1 || wait > MOST_SECONDS_LOCKED ? null : (wait + 59) / 60;
    }

    @GetMapping("/app")
    String home() {
        return "home";
    }

    /** Any other address under the app: the app's own "not found" page, not the API's problem+json. */
    @RequestMapping("/app/**")
    String nothingHere() {
        throw new NotFoundException("there is no page at this address");
    }
}
