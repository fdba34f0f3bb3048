package se.finsam.journey.api.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.organisation.Initiative;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.ledger.LedgerRecordType.Area;

/**
 * Who may record and read which ledger. An initiative's ledger is read by every role that reads the initiative's
 * reports; an association's by whoever may read every initiative of the association. Money and staff are recorded
 * by the association's office (OFFICE) and administrators, goals and their assessments by analysts (ANALYST) and
 * administrators, activities by staff (STAFF), the office and administrators; always within the caller's initiatives
 * (for an association's ledger: all of them).
 */
@Component
public class LedgerAccess {

    private final Initiatives initiatives;

    public LedgerAccess(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    /** The ledger of an existing initiative. */
    public LedgerId ofInitiative(String code) {
        if (code == null || initiatives.find(code).isEmpty()) {
            throw new NotFoundException("initiative '" + code + "' does not exist");
        }
        return LedgerId.initiative(code);
    }

    /** The ledger of an association that has initiatives. */
    public LedgerId ofAssociation(String code) {
        if (code == null || initiatives.codesOfAssociation(code).isEmpty()) {
            throw new NotFoundException("association '" + code + "' has no initiatives");
        }
        return LedgerId.association(code);
    }

    public boolean mayRead(Caller caller, LedgerId ledger) {
        return !caller.roles().isEmpty() && covers(caller, ledger);
    }

    public void requireReading(Caller caller, LedgerId ledger) {
        if (!mayRead(caller, ledger)) {
            throw new ForbiddenException("user '" + caller.username() + "' may not read the ledger of " + named(ledger));
        }
    }

    public boolean mayRecord(Caller caller, LedgerId ledger, Area area) {
        return recordsArea(caller, area) && covers(caller, ledger);
    }

    /** Whether the caller's roles record the area at all, in whichever ledger. */
    public boolean recordsArea(Caller caller, Area area) {
        return caller.isAdmin() || switch (area) {
            case MONEY, STAFF -> caller.hasRole(Role.OFFICE);
            case GOALS -> caller.hasRole(Role.ANALYST);
            case ACTIVITIES -> caller.hasRole(Role.STAFF) || caller.hasRole(Role.OFFICE);
        };
    }

    /** Asked before anything of a record is looked at: whether the caller's roles record the area at all. */
    public void requireRecordingArea(Caller caller, Area area) {
        if (!recordsArea(caller, area)) {
            throw new ForbiddenException("user '" + caller.username() + "' may not record " + described(area) + " ("
                    + whoRecords(area) + " do)");
        }
    }

    /** Whether the caller's roles record anything in any ledger. */
    public boolean recordsAnything(Caller caller) {
        return List.of(Area.values()).stream().anyMatch(area -> recordsArea(caller, area));
    }

    /** Whether the caller may record anything at all in the ledger: asked before a record is looked at. */
    public boolean mayRecordAnything(Caller caller, LedgerId ledger) {
        return List.of(Area.values()).stream().anyMatch(area -> mayRecord(caller, ledger, area));
    }

    public void requireRecording(Caller caller, LedgerId ledger, Area area) {
        if (!mayRecord(caller, ledger, area)) {
            throw new ForbiddenException("user '" + caller.username() + "' may not record " + described(area)
                    + " in the ledger of " + named(ledger) + " (" + whoRecords(area) + " of it do)");
        }
    }

    public void requireRecordingAnything(Caller caller, LedgerId ledger) {
        if (!mayRecordAnything(caller, ledger)) {
            throw new ForbiddenException("user '" + caller.username() + "' may not record in the ledger of "
                    + named(ledger));
        }
    }

    /** The ledgers the caller may read: its initiatives', and the associations' all of whose initiatives it reads. */
    public List<LedgerId> readable(Caller caller) {
        List<LedgerId> ledgers = new ArrayList<>();
        Map<String, Boolean> whole = new TreeMap<>();
        for (Initiative initiative : initiatives.all()) {
            boolean may = caller.mayRead(initiative.code());
            if (may) {
                ledgers.add(LedgerId.initiative(initiative.code()));
            }
            whole.merge(initiative.association(), may, Boolean::logicalAnd);
        }
        whole.forEach((association, all) -> {
            if (all) {
                ledgers.add(LedgerId.association(association));
            }
        });
        return ledgers;
    }

    /** The initiatives whose figures a ledger's goals and costs per participant are computed over. */
    public List<String> initiativesOf(LedgerId ledger) {
        return ledger.isAssociation() ? initiatives.codesOfAssociation(ledger.code()) : List.of(ledger.code());
    }

    private boolean covers(Caller caller, LedgerId ledger) {
        if (!ledger.isAssociation()) {
            return caller.covers(ledger.code());
        }
        List<String> codes = initiatives.codesOfAssociation(ledger.code());
        return !codes.isEmpty() && codes.stream().allMatch(caller::covers);
    }

    private static String named(LedgerId ledger) {
        return (ledger.isAssociation() ? "association '" : "initiative '") + ledger.code() + "'";
    }

    private static String described(Area area) {
        return switch (area) {
            case MONEY -> "money";
            case STAFF -> "staff resources";
            case GOALS -> "goals";
            case ACTIVITIES -> "activities";
        };
    }

    private static String whoRecords(Area area) {
        return switch (area) {
            case MONEY, STAFF -> "OFFICE and ADMIN";
            case GOALS -> "ANALYST and ADMIN";
            case ACTIVITIES -> "STAFF, OFFICE and ADMIN";
        };
    }
}
