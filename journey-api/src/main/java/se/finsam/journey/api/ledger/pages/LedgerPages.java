package se.finsam.journey.api.ledger.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import se.finsam.journey.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.ledger.LedgerAccess;
import se.finsam.journey.api.ledger.LedgerRecording;
import se.finsam.journey.api.ledger.LedgerViews;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.web.PageModel;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.LedgerRecordType;
import se.finsam.journey.ledger.LedgerViolation;

/**
 * A ledger's pages ({@code /app/ledgers}): the ledgers the caller may read, one ledger's records by area (retracted
 * ones struck through with the reason), a form for each record type the caller may record, and retraction with a
 * reason. Every form builds the record the API takes and records it through {@link LedgerRecording} with the
 * signed-in caller, so the rules, the refusals and who may do what are the API's; a refusal is shown beside its field,
 * translated from its code.
 */
@PageController
@RequestMapping("/app/ledgers")
class LedgerPages {

    private final LedgerAccess access;
    private final LedgerRecording recording;
    private final LedgerViews views;
    private final Initiatives initiatives;
    private final ReadAudit audit;
    private final MessageSource messages;

    LedgerPages(LedgerAccess access, LedgerRecording recording, LedgerViews views, Initiatives initiatives,
                ReadAudit audit, MessageSource messages) {
        this.access = access;
        this.recording = recording;
        this.views = views;
        this.initiatives = initiatives;
        this.audit = audit;
        this.messages = messages;
    }

    /** A ledger as the list shows it: its owner, code and name, and whether the caller may record in it. */
    public record Listed(String owner, String code, String name, boolean recordable) {
    }

    @GetMapping
    String list(@AuthenticationPrincipal Caller caller, Model model) {
        requireRole(caller);
        List<Listed> ledgers = new ArrayList<>();
        for (LedgerId ledger : access.readable(caller)) {
            String name = ledger.isAssociation() ? ledger.code() : initiatives.find(ledger.code())
                    .map(i -> i.name()).orElse(ledger.code());
            ledgers.add(new Listed(ledger.owner().word(), ledger.code(), name, access.mayRecordAnything(caller, ledger)));
        }
        model.addAttribute("ledgers", ledgers);
        model.addAttribute("mayImport", caller.isAdmin() || caller.hasRole(se.finsam.journey.api.organisation.Role.OFFICE));
        return "ledger/ledgers";
    }

    @GetMapping("/{owner}/{code}")
    String ledger(@PathVariable String owner, @PathVariable String code, @RequestParam(required = false) String saved,
                  @AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        LedgerId ledger = ledgerOf(owner, code, caller);
        LedgerViews.LedgerView view = views.view(ledger, Optional.empty());
        audit.record(caller, ReadAudit.Action.LEDGER_VIEW, ledger.value(), access.initiativesOf(ledger),
                Map.of("records", view.records().size(), "page", true));
        Map<String, List<LedgerViews.RecordView>> byArea = new LinkedHashMap<>();
        for (LedgerRecordType.Area area : LedgerRecordType.Area.values()) {
            byArea.put(area.name().toLowerCase(Locale.ROOT), view.records().stream()
                    .filter(r -> area.name().toLowerCase(Locale.ROOT).equals(r.area()) && !"retraction".equals(r.type()))
                    .toList());
        }
        Map<String, Boolean> recordable = new LinkedHashMap<>();
        for (LedgerRecordType.Area area : LedgerRecordType.Area.values()) {
            recordable.put(area.name().toLowerCase(Locale.ROOT), access.mayRecord(caller, ledger, area));
        }
        model.addAttribute("ledger", ledger);
        model.addAttribute("ledgerName", nameOf(ledger));
        model.addAttribute("byArea", byArea);
        Map<String, List<LedgerRecordText.Shown>> shown = new LinkedHashMap<>();
        view.records().forEach(r -> shown.put(r.recordId(), shown(r, locale)));
        model.addAttribute("shown", shown);
        model.addAttribute("recordable", recordable);
        model.addAttribute("types", typesByArea());
        model.addAttribute("saved", saved);
        return "ledger/ledger";
    }

    @GetMapping("/{owner}/{code}/new")
    String form(@PathVariable String owner, @PathVariable String code, @RequestParam String type,
                @RequestParam(required = false) String goal, @AuthenticationPrincipal Caller caller, Model model) {
        LedgerId ledger = ledgerOf(owner, code, caller);
        LedgerRecordType recordType = formType(type);
        access.requireRecording(caller, ledger, recordType.area());
        Map<String, String> values = new LinkedHashMap<>();
        if (goal != null) {
            values.put("goal", goal);
        }
        return form(model, ledger, recordType, values, Map.of(), null);
    }

    @PostMapping("/{owner}/{code}/records")
    String record(@PathVariable String owner, @PathVariable String code, @RequestParam Map<String, String> values,
                  @AuthenticationPrincipal Caller caller, Locale locale, Model model, HttpServletResponse response) {
        LedgerId ledger = ledgerOf(owner, code, caller);
        LedgerRecordType type = formType(values.get("type"));
        access.requireRecording(caller, ledger, type.area());
        try {
            LedgerRecording.Recorded recorded = recording.record(ledger.owner(), ledger.code(),
                    LedgerFormFields.record(type, values), caller);
            return "redirect:/app/ledgers/" + owner + "/" + code + "?saved=" + recorded.recordId();
        } catch (LedgerViolation violation) {
            response.setStatus(violation.kind() == LedgerViolation.Kind.CONFLICT ? 409 : 422);
            Map<String, String> errors = new LinkedHashMap<>();
            String field = LedgerFormFields.formField(violation.field());
            String message = message(violation, locale);
            boolean onAField = field != null && LedgerFormFields.FIELDS.get(type).stream()
                    .anyMatch(f -> f.name().equals(field));
            if (onAField) {
                errors.put(field, message);
            }
            return form(model, ledger, type, values, errors, onAField ? null : message);
        }
    }

    @GetMapping("/{owner}/{code}/records/{recordId}/retract")
    String retractForm(@PathVariable String owner, @PathVariable String code, @PathVariable String recordId,
                       @AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        LedgerId ledger = ledgerOf(owner, code, caller);
        LedgerViews.RecordView target = retractable(ledger, recordId, caller);
        return retractForm(model, ledger, target, "", null, locale);
    }

    @PostMapping("/{owner}/{code}/records/{recordId}/retract")
    String retract(@PathVariable String owner, @PathVariable String code, @PathVariable String recordId,
                   @RequestParam(required = false) String reason, @AuthenticationPrincipal Caller caller, Locale locale,
                   Model model, HttpServletResponse response) {
        LedgerId ledger = ledgerOf(owner, code, caller);
        LedgerViews.RecordView target = retractable(ledger, recordId, caller);
        try {
            recording.record(ledger.owner(), ledger.code(), LedgerFormFields.retraction(recordId, reason, null), caller);
            return "redirect:/app/ledgers/" + owner + "/" + code + "?saved=" + recordId;
        } catch (LedgerViolation violation) {
            response.setStatus(violation.kind() == LedgerViolation.Kind.CONFLICT ? 409 : 422);
            return retractForm(model, ledger, target, reason, message(violation, locale), locale);
        }
    }

    private LedgerViews.RecordView retractable(LedgerId ledger, String recordId, Caller caller) {
        LedgerViews.RecordView target = views.view(ledger, Optional.empty()).records().stream()
                .filter(r -> r.recordId().equals(recordId) && !"retraction".equals(r.type())).findFirst()
                .orElseThrow(() -> new NotFoundException("this ledger has no record '" + recordId + "'"));
        access.requireRecording(caller, ledger, LedgerRecordType.Area.valueOf(target.area().toUpperCase(Locale.ROOT)));
        return target;
    }

    private String retractForm(Model model, LedgerId ledger, LedgerViews.RecordView target, String reason,
                               String error, Locale locale) {
        model.addAttribute("ledger", ledger);
        model.addAttribute("shownTarget", shown(target, locale));
        model.addAttribute("ledgerName", nameOf(ledger));
        model.addAttribute("target", target);
        model.addAttribute("reason", reason);
        model.addAttribute("error", error);
        return "ledger/retract";
    }

    private String form(Model model, LedgerId ledger, LedgerRecordType type, Map<String, String> values,
                        Map<String, String> errors, String formError) {
        model.addAttribute("ledger", ledger);
        model.addAttribute("ledgerName", nameOf(ledger));
        model.addAttribute("type", type.wireName());
        model.addAttribute("fields", LedgerFormFields.FIELDS.get(type));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        if (type == LedgerRecordType.GOAL_ASSESSMENT) {
            model.addAttribute("goals", views.view(ledger, Optional.of(LedgerRecordType.Area.GOALS)).records().stream()
                    .filter(r -> "goal".equals(r.type()) && !r.retracted()).toList());
        }
        return "ledger/record-form";
    }

    /** A record's fields in the user's words and number format. */
    private List<LedgerRecordText.Shown> shown(LedgerViews.RecordView record, Locale locale) {
        Locale language = PageModel.language(locale);
        return LedgerRecordText.of(record.record(), key -> messages.getMessage(key, null, key, language), language);
    }

    /** A refusal in the user's language, from its code and arguments; the service's own words when untranslated. */
    private String message(LedgerViolation violation, Locale locale) {
        return messages.getMessage("ledger.error." + violation.code(), violation.arguments().toArray(),
                violation.getMessage(), PageModel.language(locale));
    }

    /** A ledger the caller may read (its initiatives asked before whether it exists, as on the API). */
    private LedgerId ledgerOf(String owner, String code, Caller caller) {
        for (LedgerId.Owner kind : LedgerId.Owner.values()) {
            if (kind.word().equals(owner)) {
                return access.readable(caller, kind, code);
            }
        }
        throw new NotFoundException("there is no ledger of a '" + owner + "'");
    }

    private String nameOf(LedgerId ledger) {
        return ledger.isAssociation() ? ledger.code() : initiatives.find(ledger.code()).map(i -> i.name())
                .orElse(ledger.code());
    }

    private static LedgerRecordType formType(String type) {
        return LedgerRecordType.ofWireName(type).filter(LedgerFormFields.FIELDS::containsKey)
                .orElseThrow(() -> new NotFoundException("there is no form for a record of type '" + type + "'"));
    }

    private static Map<String, List<String>> typesByArea() {
        Map<String, List<String>> types = new LinkedHashMap<>();
        LedgerFormFields.FIELDS.keySet().stream().filter(t -> t != LedgerRecordType.GOAL_ASSESSMENT).forEach(t ->
                types.computeIfAbsent(t.area().name().toLowerCase(Locale.ROOT), a -> new ArrayList<>()).add(t.wireName()));
        return types;
    }

    private static void requireRole(Caller caller) {
        if (caller.roles().isEmpty()) {
            throw new ForbiddenException("user '" + caller.username() + "' has no role yet; an administrator gives "
                    + "roles and initiatives");
        }
    }
}
