package se.finsam.journey.api.audit;

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
class AuditController {

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
    Map<String, Object> reads(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
                              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) String limit, @RequestParam(required = false) String before,
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
    EventChain.Verification verify(@AuthenticationPrincipal Caller caller) {
        requireAuditor(caller);
        chain.extend();
        return chain.verify();
    }

    @GetMapping("/chain-head")
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
