package se.finsam.journey.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.openapi.ErrorAnswer;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.audit.EventChain;

/**
 * {@code GET /api/v1/audit/verify}: recomputes the hash chain over every stored event and answers
 * {@code {"valid", "events", "firstInvalidPosition"}}. {@code GET /api/v1/audit/chain-head}: the newest link, to
 * keep outside the database (a later verification that reaches the same head with the same hash proves nothing
 * before it was changed). {@code GET /api/v1/audit/reads}: the audit trail of reads. AUDITOR and ADMIN only.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The hash chain over every stored event, and the audit trail of reads.")
class AuditController {

    private static final String NOT_AUDITOR = "the caller is neither an auditor (AUDITOR) nor an administrator (ADMIN)";

    private static final int MAX_ENTRIES = 1000;

    private final EventChain chain;
    private final ReadAudit reads;

    AuditController(EventChain chain, ReadAudit reads) {
        this.chain = chain;
        this.reads = reads;
    }

    /**
     * The audit trail of reads, newest first: {@code user}, {@code action}, {@code from}, {@code to} (instants)
     * narrow it; {@code limit} (≤ 1000, default 100) and {@code before} (an entry id) page through it.
     */
    @GetMapping("/reads")
    @Operation(summary = "The audit trail of reads", description = "Who viewed which journey, lineage, manifest or "
            + "export, newest first, over the initiatives the caller may read; `next` is the `before` of the next "
            + "page (null on the last).")
    @ErrorAnswer(status = 400, when = "a parameter is of the wrong form; `detail` names it")
    @ErrorAnswer(status = 403, when = NOT_AUDITOR)
    Map<String, Object> reads(@Parameter(description = "Only this user's reads.")
                              @RequestParam(required = false) String user,
                              @Parameter(description = "Only this kind of read, e.g. journey-view or lineage.")
                              @RequestParam(required = false) String action,
                              @Parameter(description = "Only reads at or after this instant, e.g. "
                                      + "2026-01-31T12:00:00Z.")
                              @RequestParam(required = false) String from,
                              @Parameter(description = "Only reads at or before this instant.")
                              @RequestParam(required = false) String to,
                              @Parameter(description = "At most this many entries, 1–1000 (default 100).")
                              @RequestParam(required = false) String limit,
                              @Parameter(description = "Only entries older than this entry id (the `next` of the "
                                      + "page before).")
                              @RequestParam(required = false) String before,
                              @AuthenticationPrincipal Caller caller) {
        requireAuditor(caller);
        if (action != null && Arrays.stream(ReadAudit.Action.values()).noneMatch(a -> a.wireName().equals(action))) {
            throw new BadRequestException("action '" + action + "' is not one of " + Arrays.stream(
                    ReadAudit.Action.values()).map(ReadAudit.Action::wireName).toList());
        }
        int max = (int) number("limit", limit, 100, 1, MAX_ENTRIES);
        long beforeId = number("before", before, Long.MAX_VALUE, 1, Long.MAX_VALUE);
        List<ReadAudit.Entry> entries = reads.entries(caller, user, action, instant("from", from), instant("to", to), beforeId, max);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("entries", entries);
        answer.put("next", entries.size() == max ? entries.get(entries.size() - 1).id() : null);
        return answer;
    }

    private static long number(String name, String value, long absent, long min, long max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadRequestException("parameter '" + name + "' = '" + value + "' is not a whole number from "
                    + min + " to " + max);
        }
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw new BadRequestException("parameter '" + name + "' = '" + value
                    + "' is not an instant such as 2026-01-31T12:00:00Z");
        }
        if (!ReportQuery.withinRange(instant)) {
            throw new BadRequestException("parameter '" + name + "' = '" + value + "' is outside the dates the trail "
                    + "can be asked for, " + ReportQuery.EARLIEST_DAY + " to " + ReportQuery.LATEST_DAY);
        }
        return instant;
    }

    @GetMapping("/verify")
    @Operation(summary = "Verify the hash chain", description = "Recomputes the SHA-256 chain over every stored event "
            + "in global order: `valid`, the number of `events`, and the `firstInvalidPosition` if one was changed.")
    @ErrorAnswer(status = 403, when = NOT_AUDITOR)
    EventChain.Verification verify(@AuthenticationPrincipal Caller caller) {
        requireAuditor(caller);
        chain.extend();
        return chain.verify();
    }

    @GetMapping("/chain-head")
    @Operation(summary = "The newest link of the hash chain", description = "Keep it outside the database: a later "
            + "verification that reaches the same head with the same hash proves nothing before it was changed.")
    @ErrorAnswer(status = 403, when = NOT_AUDITOR)
    EventChain.Head head(@AuthenticationPrincipal Caller caller) {
        requireAuditor(caller);
        chain.extend();
        return chain.head();
    }

    private static void requireAuditor(Caller caller) {
        if (!caller.isAdmin() && !caller.hasRole(Role.AUDITOR)) {
            throw new ForbiddenException("only an auditor (AUDITOR) or an administrator (ADMIN) may use the audit endpoints");
        }
    }
}
