package se.finsam.journey.api.admin.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import se.finsam.journey.api.organisation.pages.AdminPages;
import se.finsam.journey.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.finsam.journey.api.admin.ReadModels;
import se.finsam.journey.api.nodes.SegmentOwners;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.facts.JourneyFactsProjection;
import se.finsam.journey.journey.Journey;

/**
 * {@code /app/admin/read-models} (ADMIN only): the read model's position, which node holds each segment of its
 * processor, and a rebuild's progress (events done of the total, rate, time left). While a rebuild runs the page asks the browser to reload it every few seconds with
 * a {@code Refresh} header: no script, so the Content-Security-Policy holds and it works without JavaScript.
 */
@PageController
class ReadModelPage {

    static final int REFRESH_SECONDS = 2;

    private final ReadModels readModels;

    ReadModelPage(ReadModels readModels) {
        this.readModels = readModels;
    }

    @GetMapping("/app/admin/read-models")
    String progress(@AuthenticationPrincipal Caller caller, Model model, HttpServletResponse response) {
        AdminPages.requireAdmin(caller);
        ReadModels.Status status = readModels.status();
        if (status.running()) {
            response.setHeader("Refresh", Integer.toString(REFRESH_SECONDS));
        }
        model.addAttribute("readModel", status);
        model.addAttribute("segments", status.segments().stream().map(SegmentRow::of).toList());
        model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        return "admin/read-models";
    }

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Journey.SWEDEN);

    /** A segment's holder as the page shows it, times in Swedish local time. */
    record SegmentRow(int segment, String owner, boolean ownerConnected, long position, String claimRenewedAt,
                      String claimExpiresAt) {

        static SegmentRow of(SegmentOwners.Owner owner) {
            return new SegmentRow(owner.segment(), owner.owner(), owner.ownerConnected(), owner.position(),
                    local(owner.claimRenewedAt()), local(owner.claimExpiresAt()));
        }

        private static String local(Instant instant) {
            return instant == null ? "–" : LOCAL_TIME.format(instant);
        }
    }

    @PostMapping("/app/admin/read-models/{name}/rebuild")
    String rebuild(@PathVariable String name, @AuthenticationPrincipal Caller caller, RedirectAttributes redirect) {
        AdminPages.requireAdmin(caller);
        if (!JourneyFactsProjection.PROCESSOR.equals(name)) {
            throw new NotFoundException("there is no read model '" + name + "'; the read models are: "
                    + JourneyFactsProjection.PROCESSOR);
        }
        redirect.addFlashAttribute("start", readModels.start().name());
        return "redirect:/app/admin/read-models";
    }
}
