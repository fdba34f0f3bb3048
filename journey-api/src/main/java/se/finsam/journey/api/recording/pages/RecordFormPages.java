package se.finsam.journey.api.recording.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import se.finsam.journey.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.recording.InvalidRecordException;
import se.finsam.journey.api.recording.JourneyViews;
import se.finsam.journey.api.recording.RecordingService;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.journey.Refusal;
import se.finsam.journey.journey.RuleViolation;

/**
 * A form for every record type. What is sent is the API's JSON record, recorded by the same
 * {@link RecordingService} with the same caller; a refusal shows the form again with what was typed and the
 * message next to its field (422, as the API answers). A record id left empty is generated.
 */
@PageController
class RecordFormPages {

    private final RecordingService recording;
    private final JourneyViews views;
    private final Initiatives initiatives;
    private final CodeLabels labels;
    private final ObjectMapper json;
    private final Clock clock;

    RecordFormPages(RecordingService recording, JourneyViews views, Initiatives initiatives, CodeLabels labels,
                    ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.recording = recording;
        this.views = views;
        this.initiatives = initiatives;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping("/app/journeys/new")
    String newJourney(@RequestParam(required = false) String initiative, @AuthenticationPrincipal Caller caller,
                      Model model) {
        caller.requireRecordingAnywhere();
        Map<String, String> values = new HashMap<>();
        values.put("date", today());
        if (initiative != null) {
            values.put("initiative", initiative);
        }
        return form(model, caller, "referral", null, values, Map.of(), null);
    }

    @PostMapping("/app/journeys/new")
    String recordReferral(@RequestParam Map<String, String> values, @AuthenticationPrincipal Caller caller,
                          Model model, RedirectAttributes flash, HttpServletResponse response, Locale locale) {
        caller.requireRecordingAnywhere();
        String journeyId = values.getOrDefault("journeyId", "").strip();
        if (journeyId.isEmpty()) {
            return refused(model, caller, "referral", null, values, "journeyId",
                    labels.refusal("missing", null, "missing", locale), response);
        }
        return record(journeyId, "referral", values, caller, model, flash, response, locale, null);
    }

    @GetMapping("/app/journeys/{journeyId}/records/new")
    String newRecord(@PathVariable String journeyId, @RequestParam String type,
                     @RequestParam(required = false) String retracts, @AuthenticationPrincipal Caller caller,
                     Model model) {
        RecordRequests.formFields(type);
        JourneyViews.JourneyView view = views.view(journeyId, caller);
        caller.requireRecording(view.initiative());
        Map<String, String> values = new HashMap<>();
        values.put("date", today());
        if (retracts != null) {
            values.put("retracts", retracts);
        }
        return form(model, caller, type, view, values, Map.of(), null);
    }

    @PostMapping("/app/journeys/{journeyId}/records")
    String recordOne(@PathVariable String journeyId, @RequestParam Map<String, String> values,
                     @AuthenticationPrincipal Caller caller, Model model, RedirectAttributes flash,
                     HttpServletResponse response, Locale locale) {
        String type = values.getOrDefault("type", "");
        RecordRequests.formFields(type);
        if (type.equals("referral")) {
            throw new se.finsam.journey.api.web.BadRequestException("a referral starts a new journey: "
                    + "use the form for a new participant");
        }
        JourneyViews.JourneyView view = views.view(journeyId, caller);
        caller.requireRecording(view.initiative());
        return record(journeyId, type, values, caller, model, flash, response, locale, view);
    }

    private String record(String journeyId, String type, Map<String, String> values, Caller caller, Model model,
                          RedirectAttributes flash, HttpServletResponse response, Locale locale,
                          JourneyViews.JourneyView view) {
        String recordId = values.getOrDefault("recordId", "").strip();
        if (recordId.isEmpty()) {
            recordId = type + "-" + UUID.randomUUID().toString().substring(0, 8);
        }
        ObjectNode body = RecordRequests.toJson(json, labels, type, journeyId, recordId, values.get("date"), values);
        try {
            RecordingService.Recorded recorded = recording.record(journeyId, body, caller);
            flash.addFlashAttribute("flash", recorded.duplicate() ? "flash.duplicate" : "flash.recorded");
            flash.addFlashAttribute("flashType", "type." + type);
            return "redirect:/app/journeys/" + journeyId;
        } catch (InvalidRecordException | RuleViolation e) {
            RecordRequests.Problem problem = RecordRequests.problem((Refusal) e, labels, locale);
            String field = RecordRequests.onForm(type, problem.field()) ? problem.field() : null;
            return refused(model, caller, type, view, values, field, problem.message(), response);
        }
    }

    private String refused(Model model, Caller caller, String type, JourneyViews.JourneyView view,
                           Map<String, String> values, String field, String message, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        Map<String, String> errors = new HashMap<>();
        if (field != null) {
            errors.put(field, message);
        }
        return form(model, caller, type, view, values, errors, field == null ? message : null);
    }

    private String form(Model model, Caller caller, String type, JourneyViews.JourneyView view,
                        Map<String, String> values, Map<String, String> errors, String formError) {
        model.addAttribute("type", type);
        model.addAttribute("view", view);
        model.addAttribute("fields", RecordRequests.formFields(type));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        model.addAttribute("initiatives", initiatives.all().stream().filter(i -> caller.mayRecord(i.code()))
                .toList());
        model.addAttribute("retractable", view == null ? List.of() : retractable(view));
        return "staff/record-form";
    }

    /** Records that a retraction may name: those not retracted yet and not retractions themselves. */
    private static List<Choice> retractable(JourneyViews.JourneyView view) {
        List<Choice> records = new java.util.ArrayList<>();
        for (ObjectNode r : view.records()) {
            if (!r.path("retracted").asBoolean() && !List.of("retraction", "personal-data-erased")
                    .contains(r.path("type").asText())) {
                records.add(new Choice(r.path("recordId").asText(), r.path("type").asText(), r.path("date").asText()));
            }
        }
        return records;
    }

    /** Today in Sweden, by the service's clock: the date a new form starts with. */
    private String today() {
        return LocalDate.now(clock.withZone(Journey.SWEDEN)).toString();
    }

    /** A record a retraction may name. */
    record Choice(String recordId, String type, String date) {
    }
}
