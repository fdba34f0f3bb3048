package se.finsam.journey.api.recording.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import se.finsam.journey.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.finsam.journey.api.persons.PersonLinkService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.organisation.Initiative;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.recording.JourneyListing;
import se.finsam.journey.api.recording.JourneyViews;
import se.finsam.journey.api.recording.PersonalDataErasure;
import se.finsam.journey.api.recording.RecordSchema;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.journey.JourneyStatus;
import se.finsam.journey.journey.RecordType;

/**
 * Finding a journey and reading it: the caller's initiatives, the journeys of one (by id and status), and one
 * journey's header and timeline. A view is written to the read audit exactly as the API's journey view is.
 * Erasure of personal data asks once more before it is done, since it cannot be undone.
 */
@PageController
class JourneyPages {

    private final PersonLinkService personLinks;

    static final int PAGE_SIZE = 50;

    private final Initiatives initiatives;
    private final JourneyListing listing;
    private final JourneyViews views;
    private final PersonalDataErasure erasure;
    private final ReadAudit audit;

    JourneyPages(Initiatives initiatives, JourneyListing listing, JourneyViews views, PersonalDataErasure erasure,
                 ReadAudit audit, PersonLinkService personLinks) {
        this.personLinks = personLinks;
        this.initiatives = initiatives;
        this.listing = listing;
        this.views = views;
        this.erasure = erasure;
        this.audit = audit;
    }

    @GetMapping("/app/journeys")
    String journeys(@RequestParam(required = false) String initiative, @RequestParam(required = false) String status,
                    @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                    @AuthenticationPrincipal Caller caller, Model model) {
        caller.requireJourneyReading();
        List<Initiative> mine = initiatives.all().stream().filter(i -> caller.mayReadJourneys(i.code())).toList();
        model.addAttribute("initiatives", mine);
        if (initiative == null && mine.size() == 1) {
            initiative = mine.get(0).code();
        }
        if (initiative == null || initiative.isBlank()) {
            return "staff/initiatives";
        }
        String code = initiative;
        // Permission first: an initiative of others' and one that does not exist answer the same.
        caller.requireJourneyReading(code);
        Initiative chosen = initiatives.find(code).orElseThrow(() -> new se.finsam.journey.api.recording
                .NotFoundException("initiative '" + code + "' does not exist"));
        JourneyStatus filter = status(status);
        model.addAttribute("initiative", chosen);
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("statuses", JourneyStatus.values());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", listing.list(code, filter, q, page, PAGE_SIZE, caller));
        model.addAttribute("mayRecord", caller.mayRecord(code));
        return "staff/journeys";
    }

    private static JourneyStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return JourneyStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + status + "' is not a status; expected waiting, active, closed, "
                    + "withdrawn or void");
        }
    }

    @GetMapping("/app/journeys/{journeyId}")
    String journey(@PathVariable String journeyId, @AuthenticationPrincipal Caller caller, Model model) {
        JourneyViews.JourneyView view = views.view(journeyId, caller);
        audit.record(caller, ReadAudit.Action.JOURNEY_VIEW, journeyId, List.of(view.initiative()),
                Map.of("initiative", view.initiative(), "personalData", view.personalData() != null
                        && !view.personalData().isEmpty(), "via", "page"));
        model.addAttribute("view", view);
        model.addAttribute("initiative", initiatives.find(view.initiative()).orElse(null));
        model.addAttribute("entries", JourneyTimeline.entries(view.records()));
        model.addAttribute("mayRecord", caller.mayRecord(view.initiative()));
        model.addAttribute("personLinks", personLinks.links(journeyId, caller));
        model.addAttribute("types", RecordSchema.SENT.stream().filter(t -> t != RecordType.REFERRAL)
                .map(RecordType::wireName).toList());
        return "staff/journey";
    }

    @GetMapping("/app/journeys/{journeyId}/erase")
    String confirmErasure(@PathVariable String journeyId, @AuthenticationPrincipal Caller caller, Model model) {
        JourneyViews.JourneyView view = views.view(journeyId, caller);
        caller.requireRecording(view.initiative());
        model.addAttribute("view", view);
        return "staff/erase";
    }

    @PostMapping("/app/journeys/{journeyId}/erase")
    String erase(@PathVariable String journeyId, @AuthenticationPrincipal Caller caller, RedirectAttributes flash) {
        PersonalDataErasure.Erasure erased = erasure.erase(journeyId, caller);
        audit.record(caller, ReadAudit.Action.PERSONAL_DATA_ERASED, journeyId, List.of(erased.initiative()),
                Map.of("status", erased.status()));
        flash.addFlashAttribute("flash", "ERASED".equals(erased.status()) ? "flash.erased" : "flash.alreadyErased");
        return "redirect:/app/journeys/" + journeyId;
    }
}
