package se.finsam.journey.api.tables.pages;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.reports.pages.ReportForm;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.tables.DefinitionStore;
import se.finsam.journey.api.tables.DefinitionWriting;
import se.finsam.journey.api.tables.TableReports;
import se.finsam.journey.api.web.PageController;
import se.finsam.journey.api.web.PageModel;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.tables.DefinitionError;
import se.finsam.journey.tables.DefinitionReader;

/**
 * Writing a definition on a page: the form that builds its tables without JSON ({@code /app/tables/new},
 * {@code /app/tables/{id}/edit}), the JSON itself for those who prefer it ({@code …/json}), and a preview over real
 * data as it is edited (the whole page without JavaScript, a fragment with it). The form only writes the document a
 * client would send; saving it is the one {@link DefinitionWriting#write} call {@code PUT /api/v1/definitions/{id}}
 * makes, so the page stores the same versions, refuses the same callers and says the same mistakes, each beside its
 * field (or its line of JSON), in the user's language. The buttons that add or remove a table, band, group or filter
 * send the form and get it back changed, so everything works without JavaScript.
 */
@PageController
class DefinitionFormPages {

    private final DefinitionWriting writing;
    private final DefinitionStore definitions;
    private final TableReports tables;
    private final Initiatives initiatives;
    private final TableLabels labels;
    private final MessageSource messages;
    private final Clock clock;

    DefinitionFormPages(DefinitionWriting writing, DefinitionStore definitions, TableReports tables,
                        Initiatives initiatives, TableLabels labels, MessageSource messages, Clock clock) {
        this.writing = writing;
        this.definitions = definitions;
        this.tables = tables;
        this.initiatives = initiatives;
        this.labels = labels;
        this.messages = messages;
        // The service's clock, in Sweden: the preview's default year is the one before the Swedish today's.
        this.clock = clock.withZone(Journey.SWEDEN);
    }

    /** The form is bound field by field: its nested lists grow as the browser names their elements. */
    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAutoGrowCollectionLimit(DefinitionReader.MOST_TABLES * 4);
    }

    @GetMapping("/app/tables/new")
    String newDefinition(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        caller.requireDefinitionWriting();
        DefinitionForm form = DefinitionForm.empty();
        return form(form, null, FieldMessages.none(), caller, locale, model);
    }

    @GetMapping("/app/tables/{id}/edit")
    String edit(@PathVariable String id, @AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        caller.requireDefinitionWriting();
        DefinitionStore.Version latest = Versions.find(definitions, id, null);
        return form(DefinitionForm.of(id, JsonDocuments.parse(latest.content())), latest, FieldMessages.none(), caller,
                locale, model);
    }

    @PostMapping("/app/tables/form")
    String post(@ModelAttribute("form") DefinitionForm form, @AuthenticationPrincipal Caller caller, Locale locale,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        caller.requireDefinitionWriting();
        DefinitionStore.Version latest = DefinitionForm.present(form.id) && DefinitionReader.ID.matcher(form.id.strip())
                .matches() ? definitions.latest(form.id.strip()).orElse(null) : null;
        String action = form.action == null ? "refresh" : form.action;
        if (action.equals("save")) {
            return save(form.id, form.document(), caller, locale, redirect, messages -> {
                response.setStatus(422);
                return form(form, latest, messages, caller, locale, model);
            });
        }
        if (action.equals("json")) {
            return json(form.id, JsonDocuments.pretty(form.document()), latest, List.of(), caller, locale, model);
        }
        FormActions.apply(form, action);
        if (action.equals("preview")) {
            model.addAttribute("preview", preview(form, caller, locale));
        }
        return form(form, latest, FieldMessages.none(), caller, locale, model);
    }

    /** The preview alone, for the page's script: the tables, or the mistakes that keep them from being computed. */
    @PostMapping("/app/tables/preview")
    String previewFragment(@ModelAttribute("form") DefinitionForm form, @AuthenticationPrincipal Caller caller,
                           Locale locale, Model model) {
        caller.requireDefinitionWriting();
        model.addAttribute("preview", preview(form, caller, locale));
        return "tables/preview :: preview";
    }

    @GetMapping("/app/tables/{id}/json")
    String jsonOf(@PathVariable String id, @AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        caller.requireDefinitionWriting();
        DefinitionStore.Version latest = Versions.find(definitions, id, null);
        return json(id, JsonDocuments.pretty(JsonDocuments.parse(latest.content())), latest, List.of(), caller, locale,
                model);
    }

    @GetMapping("/app/tables/new/json")
    String newJson(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        caller.requireDefinitionWriting();
        return json(null, JsonDocuments.pretty(DefinitionForm.empty().document()), null, List.of(), caller, locale,
                model);
    }

    @PostMapping("/app/tables/json")
    String postJson(@RequestParam(required = false) String id, @RequestParam(required = false) String json,
                    @RequestParam(required = false) String action, @AuthenticationPrincipal Caller caller,
                    Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        caller.requireDefinitionWriting();
        String text = json == null ? "" : json;
        DefinitionStore.Version latest = DefinitionForm.present(id) && DefinitionReader.ID.matcher(id.strip()).matches()
                ? definitions.latest(id.strip()).orElse(null) : null;
        JsonDocuments.Parsed parsed = JsonDocuments.parse(text, messages, PageModel.language(locale));
        if (parsed.document() == null) {
            response.setStatus(400);
            return json(id, text, latest, List.of(parsed.problem()), caller, locale, model);
        }
        if ("form".equals(action)) {
            DefinitionForm form = DefinitionForm.of(id, parsed.document());
            return form(form, latest, FieldMessages.none(), caller, locale, model);
        }
        return save(id, parsed.document(), caller, locale, redirect, messages -> {
            response.setStatus(422);
            return json(id, text, latest, JsonDocuments.lines(text, messages), caller, locale, model);
        });
    }

    private interface Refusal {
        String page(FieldMessages messages);
    }

    /** Saves through the API's path; a refused document comes back with its mistakes. */
    private String save(String id, JsonNode document, Caller caller, Locale locale, RedirectAttributes redirect,
                        Refusal refused) {
        Locale language = PageModel.language(locale);
        String definitionId = id == null ? "" : id.strip();
        if (!DefinitionReader.ID.matcher(definitionId).matches()) {
            return refused.page(FieldMessages.of(List.of(new DefinitionError("/id", "definitionId", List.of(),
                    "a definition's id is 1 to 64 lower-case letters, digits and '-'")), messages, language));
        }
        DefinitionWriting.Outcome outcome = writing.write(definitionId, document, caller);
        if (outcome instanceof DefinitionWriting.Refused mistakes) {
            return refused.page(FieldMessages.of(mistakes.errors(), messages, language));
        }
        DefinitionStore.Written written = ((DefinitionWriting.Stored) outcome).written();
        redirect.addFlashAttribute("saved", labels.message(written.created() ? "tables.saved" : "tables.unchanged",
                language, written.version().version()));
        return "redirect:/app/tables/" + definitionId;
    }

    private String form(DefinitionForm form, DefinitionStore.Version latest, FieldMessages mistakes, Caller caller,
                        Locale locale, Model model) {
        Locale language = PageModel.language(locale);
        Scopes scopes = Scopes.of(caller, initiatives.all());
        if (form.previewScope == null && !scopes.isEmpty()) {
            form.previewScope = "initiative:" + scopes.initiatives().get(0).code();
        }
        if (form.previewYear == null) {
            form.previewYear = String.valueOf(LocalDate.now(clock).getYear() - 1);
        }
        model.addAttribute("form", form);
        model.addAttribute("latest", latest);
        model.addAttribute("mistakes", mistakes);
        model.addAttribute("scopes", scopes);
        model.addAttribute("options", FormOptions.of(labels, language));
        return "tables/form";
    }

    private String json(String id, String text, DefinitionStore.Version latest, List<JsonDocuments.Problem> problems,
                        Caller caller, Locale locale, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("json", text);
        model.addAttribute("latest", latest);
        model.addAttribute("problems", problems);
        return "tables/json";
    }

    /** The form's definition over the preview's scope and year, or why it cannot be computed yet. */
    private Preview preview(DefinitionForm form, Caller caller, Locale locale) {
        Locale language = PageModel.language(locale);
        DefinitionReader.Reading reading = DefinitionReader.readNew(form.document());
        if (!reading.valid()) {
            return new Preview(null, FieldMessages.of(reading.errors(), messages, language), List.of());
        }
        String scope = form.previewScope == null ? "" : form.previewScope;
        boolean association = scope.startsWith("association:");
        String code = scope.substring(scope.indexOf(':') + 1);
        ReportForm period = new ReportForm(association ? null : List.of(code), association ? code : null,
                "july".equals(form.previewPeriod) ? "july" : "year", form.previewYear, null, null, List.of("no"),
                null, null);
        ReportForm.Checked checked = period.check();
        if (!checked.valid()) {
            return new Preview(null, FieldMessages.none(), checked.errors().values().stream()
                    .map(key -> labels.message(key, language)).toList());
        }
        TableReports.Previewed previewed = tables.preview(checked.query(), form.id == null ? "" : form.id,
                reading.definition(), null, caller);
        return new Preview(new TableView(previewed.tables(), previewed.hidden(), previewed.query(), null, labels,
                language), FieldMessages.none(), List.of());
    }

    /** A preview: the tables, or the document's mistakes, or what is wrong with the chosen period. */
    record Preview(TableView view, FieldMessages mistakes, List<String> periodProblems) {
    }

}
