package se.finsam.journey.api.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The way in: the sign-in form, and a start page that shows each role the pages it may use. */
@Controller
class HomePage {

    @GetMapping("/")
    String root() {
        return "redirect:/app";
    }

    @GetMapping("/login")
    String signIn() {
        return "login";
    }

    @GetMapping("/app")
    String home() {
        return "home";
    }
}
