package se.finsam.journey.api.audit;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.audit.EventChain;

/**
 * {@code GET /api/v1/audit/verify}: recomputes the hash chain over every stored event and answers
 * {@code {"valid", "events", "firstInvalidPosition"}}. {@code GET /api/v1/audit/chain-head}: the newest link, to
 * keep outside the database (a later verification that reaches the same head with the same hash proves nothing
 * before it was changed).
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final EventChain chain;

    AuditController(EventChain chain) {
        this.chain = chain;
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
            throw new ForbiddenException("only an auditor (AUDITOR) or an administrator (ADMIN) may verify the store");
        }
    }
}
