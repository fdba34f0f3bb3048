package se.finsam.journey.api.persons;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.web.PageController;
import se.finsam.journey.journey.RuleViolation;

/**
 * The journey page's forms to link and unlink journeys of the same person. A refusal goes back to the journey page
 * with its message beside the field it is about, in the user's language, from the refusal's code.
 */
@PageController
class PersonLinkPages {

    private final PersonLinkService links;
    private final MessageSource messages;

    PersonLinkPages(PersonLinkService links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @PostMapping("/app/journeys/{journeyId}/links")
    String link(@PathVariable String journeyId, @RequestParam(required = false) String journey,
                @RequestParam(required = false) String reason, @AuthenticationPrincipal Caller caller,
                Locale locale, RedirectAttributes flash) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("journey", journey).put("reason", reason);
        try {
            links.link(journeyId, body, caller);
            flash.addFlashAttribute("flash", "flash.linked");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("linkErrors", errors(e, locale));
            flash.addFlashAttribute("linkJourney", journey);
            flash.addFlashAttribute("linkReason", reason);
        }
        return "redirect:/app/journeys/" + journeyId + "#same-person";
    }

    @PostMapping("/app/journeys/{journeyId}/links/{other}/unlink")
    String unlink(@PathVariable String journeyId, @PathVariable String other,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal Caller caller,
                  Locale locale, RedirectAttributes flash) {
        try {
            links.unlink(journeyId, other, JsonNodeFactory.instance.objectNode().put("reason", reason), caller);
            flash.addFlashAttribute("flash", "flash.unlinked");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("unlinkErrors", Map.of(other, errors(e, locale)));
        }
        return "redirect:/app/journeys/" + journeyId + "#same-person";
    }

    /** The refusal's message by its code, under the field it is about ({@code form} when about the whole). */
    private Map<String, String> errors(RuleViolation e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(e.field() == null ? "form" : e.field(),
                messages.getMessage("refusal." + e.code(), null, e.getMessage(), locale));
        return errors;
    }
}
