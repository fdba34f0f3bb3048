package se.finsam.journey.api.audit.pages;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import se.finsam.journey.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.audit.EventChain;
import se.finsam.journey.journey.Journey;

/**
 * {@code /app/audit} (AUDITOR and ADMIN, as the audit endpoints): the hash chain's head, the last verification
 * this node ran and a button to verify now, and the read audit trail with filters and paging, scoped as
 * {@code GET /api/v1/audit/reads} scopes it ({@link ReadAudit#entries} leaves out entries about initiatives the
 * reader does not cover). Filter dates are whole days in Swedish time, as a team thinks of them.
 */
@PageController
class AuditPage {

    static final int PAGE_SIZE = 50;

    private final EventChain chain;
    private final ReadAudit reads;
    private final Clock clock;
    private final AtomicReference<LastCheck> lastCheck = new AtomicReference<>();

    AuditPage(EventChain chain, ReadAudit reads, Clock clock) {
        this.chain = chain;
        this.reads = reads;
        this.clock = clock;
    }

    /** The newest verification on this node: what it found, up to which link, when and by whom. */
    record LastCheck(EventChain.Verification verification, long headPosition, String at, String by) {
    }

    @GetMapping("/app/audit")
    String audit(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) Long before, @AuthenticationPrincipal Caller caller, Model model) {
        requireAuditor(caller);
        String username = blankToNull(user);
        String wanted = blankToNull(action);
        if (wanted != null && Arrays.stream(ReadAudit.Action.values()).noneMatch(a -> a.wireName().equals(wanted))) {
            throw new BadRequestException("action '" + wanted + "' is not one of " + actionNames());
        }
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        Instant start = fromDay == null ? null : fromDay.atStartOfDay(Journey.SWEDEN).toInstant();
        Instant end = toDay == null ? null : toDay.plusDays(1).atStartOfDay(Journey.SWEDEN).toInstant().minusNanos(1);
        List<ReadAudit.Entry> entries = reads.entries(caller, username, wanted, start, end,
                before == null ? Long.MAX_VALUE : before, PAGE_SIZE);
        chain.extend();
        model.addAttribute("head", chain.head());
        model.addAttribute("lastCheck", lastCheck.get());
        model.addAttribute("entries", entries.stream().map(e -> new Shown(e, Describe.time(e.at()))).toList());
        model.addAttribute("actions", actionNames());
        model.addAttribute("user", username);
        model.addAttribute("action", wanted);
        model.addAttribute("from", fromDay);
        model.addAttribute("to", toDay);
        model.addAttribute("before", before);
        model.addAttribute("next", entries.size() == PAGE_SIZE ? entries.get(entries.size() - 1).id() : null);
        return "audit/audit";
    }

    /** An entry of the trail with its time in Swedish local time. */
    record Shown(ReadAudit.Entry entry, String at) {
    }

    @PostMapping("/app/audit/verify-chain")
    String verifyChain(@AuthenticationPrincipal Caller caller, RedirectAttributes redirect) {
        requireAuditor(caller);
        chain.extend();
        long head = chain.head().position();
        EventChain.Verification verification = chain.verify();
        lastCheck.set(new LastCheck(verification, head, Describe.time(clock.instant()), caller.username()));
        redirect.addFlashAttribute("justChecked", true);
        return "redirect:/app/audit#chain";
    }

    private static List<String> actionNames() {
        return Arrays.stream(ReadAudit.Action.values()).map(ReadAudit.Action::wireName).toList();
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new BadRequestException("'" + name + "' = '" + value + "' is not a date of the form YYYY-MM-DD");
        }
        if (!ReportQuery.withinRange(day)) {
            throw new BadRequestException("'" + name + "' = '" + day + "' is outside the dates the trail can be "
                    + "asked for, " + ReportQuery.EARLIEST_DAY + " to " + ReportQuery.LATEST_DAY);
        }
        return day;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireAuditor(Caller caller) {
        if (!caller.isAdmin() && !caller.hasRole(Role.AUDITOR)) {
            throw new ForbiddenException("only an auditor (AUDITOR) or an administrator (ADMIN) may use the audit pages");
        }
    }
}
