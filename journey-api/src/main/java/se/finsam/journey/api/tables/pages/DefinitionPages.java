package se.finsam.journey.api.tables.pages;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.api.tables.DefinitionStore;
import se.finsam.journey.api.tables.TableReports;
import se.finsam.journey.api.web.PageController;
import se.finsam.journey.api.web.PageModel;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.tables.TableDefinition;

/**
 * The definitions ({@code /app/tables}): every definition with all its versions, who stored each and when; a
 * definition's page with its versions and its latest tables in words; and what changed between any two versions,
 * side by side. A definition holds no data, so every role that reads reports reads them, as on the API.
 */
@PageController
class DefinitionPages {

    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Journey.SWEDEN);

    private final DefinitionStore definitions;
    private final TableReports tables;
    private final TableLabels labels;

    DefinitionPages(DefinitionStore definitions, TableReports tables, TableLabels labels) {
        this.definitions = definitions;
        this.tables = tables;
        this.labels = labels;
    }

    /** As on the API: a user without a role is refused everything but who they are. */
    static void requireRole(Caller caller) {
        if (caller.roles().isEmpty()) {
            throw new ForbiddenException("user '" + caller.username() + "' has no role yet; an administrator gives "
                    + "roles and initiatives");
        }
    }

    /** A definition and its versions, newest first. */
    record Listed(String id, String title, List<DefinitionStore.Version> versions) {
        public DefinitionStore.Version latest() {
            return versions.get(0);
        }
    }

    @GetMapping("/app/tables")
    String list(@AuthenticationPrincipal Caller caller, Model model) {
        requireRole(caller);
        Map<String, List<DefinitionStore.Version>> byId = new LinkedHashMap<>();
        for (DefinitionStore.Version version : definitions.everyVersion()) {
            byId.computeIfAbsent(version.id(), id -> new ArrayList<>()).add(0, version);
        }
        model.addAttribute("definitions", byId.values().stream().map(versions -> new Listed(versions.get(0).id(),
                versions.get(0).title(), versions)).toList());
        model.addAttribute("times", LOCAL_TIME);
        return "tables/list";
    }

    @GetMapping("/app/tables/{id}")
    String definition(@PathVariable String id, @RequestParam(required = false) String version,
                      @AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        requireRole(caller);
        Locale language = PageModel.language(locale);
        DefinitionStore.Version shown = Versions.find(definitions, id, Versions.number(version));
        List<DefinitionStore.Version> versions = new ArrayList<>(definitions.versions(id));
        java.util.Collections.reverse(versions);
        TableDefinition read = tables.resolve(id, shown.version()).definition();
        model.addAttribute("definition", shown);
        model.addAttribute("versions", versions);
        model.addAttribute("times", LOCAL_TIME);
        // The version on its own, described as the side-by-side page describes it (against itself: nothing marked).
        model.addAttribute("described", DefinitionChanges.of(read, read, labels, language));
        return "tables/definition";
    }

    @GetMapping("/app/tables/{id}/changes")
    String changes(@PathVariable String id, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @AuthenticationPrincipal Caller caller, Locale locale,
                   Model model) {
        requireRole(caller);
        List<DefinitionStore.Version> versions = definitions.versions(id);
        if (versions.isEmpty()) {
            Versions.find(definitions, id, null);
        }
        int latest = versions.get(versions.size() - 1).version();
        Integer right = Versions.number(to);
        Integer left = Versions.number(from);
        int newer = right == null ? latest : right;
        int older = left == null ? Math.max(1, newer - 1) : left;
        DefinitionStore.Version leftVersion = Versions.find(definitions, id, older);
        DefinitionStore.Version rightVersion = Versions.find(definitions, id, newer);
        model.addAttribute("definitionId", id);
        model.addAttribute("versions", versions);
        model.addAttribute("left", leftVersion);
        model.addAttribute("right", rightVersion);
        model.addAttribute("times", LOCAL_TIME);
        model.addAttribute("comparison", DefinitionChanges.of(tables.resolve(id, older).definition(),
                tables.resolve(id, newer).definition(), labels, PageModel.language(locale)));
        return "tables/changes";
    }
}
