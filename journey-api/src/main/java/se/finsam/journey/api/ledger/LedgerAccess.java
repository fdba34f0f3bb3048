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
 * (for an association's ledger: all of them). As for reports, the caller's initiatives are asked before whether the
 * ledger exists: to a caller who does not work with every initiative, another's ledger and one that does not exist
 * answer alike (403), and only then is a ledger that does not exist a 404.
 */
@Component
public class LedgerAccess {

    private final Initiatives initiatives;

    public LedgerAccess(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    /** A ledger the caller may read: its initiatives first (403), then whether it exists (404). */
    public LedgerId readable(Caller caller, LedgerId.Owner owner, String code) {
        if (caller.roles().isEmpty() || !covers(caller, owner, code)) {
            throw new ForbiddenException("user '" + caller.username() + "' may not read the ledger of "
                    + named(owner, code));
        }
        return existing(owner, code);
    }

    /**
     * A ledger the caller's initiatives let it record in, for the area (null: any area): its initiatives first
     * (403), then whether it exists (404).
     */
    public LedgerId recordable(Caller caller, LedgerId.Owner owner, String code, Area area) {
        if (!covers(caller, owner, code) || (area != null && !recordsArea(caller, area))) {
            throw new ForbiddenException("user '" + caller.username() + "' may not record "
                    + (area == null ? "" : described(area) + " ") + "in the ledger of " + named(owner, code)
                    + (area == null ? "" : " (" + whoRecords(area) + " of it do)"));
        }
        return existing(owner, code);
    }

    /** The ledger of an existing initiative, or of an association that has initiatives. */
    public LedgerId existing(LedgerId.Owner owner, String code) {
        boolean exists = code != null && (owner == LedgerId.Owner.INITIATIVE ? initiatives.find(code).isPresent()
                : !initiatives.codesOfAssociation(code).isEmpty());
        if (!exists) {
            throw new NotFoundException(owner == LedgerId.Owner.INITIATIVE ? "initiative '" + code + "' does not exist"
                    : "association '" + code + "' has no initiatives");
        }
        return new LedgerId(owner, code);
    }

    public boolean mayRead(Caller caller, LedgerId ledger) {
        return !caller.roles().isEmpty() && covers(caller, ledger.owner(), ledger.code());
    }

    public void requireReading(Caller caller, LedgerId ledger) {
        readable(caller, ledger.owner(), ledger.code());
    }

    public boolean mayRecord(Caller caller, LedgerId ledger, Area area) {
        return recordsArea(caller, area) && covers(caller, ledger.owner(), ledger.code());
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

    /** Whether the caller may record anything at all in the ledger. */
    public boolean mayRecordAnything(Caller caller, LedgerId ledger) {
        return List.of(Area.values()).stream().anyMatch(area -> mayRecord(caller, ledger, area));
    }

    public void requireRecording(Caller caller, LedgerId ledger, Area area) {
        recordable(caller, ledger.owner(), ledger.code(), area);
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

    /** An initiative the caller covers, or an association all of whose (one or more) initiatives it covers. */
    private boolean covers(Caller caller, LedgerId.Owner owner, String code) {
        if (caller.coversEveryInitiative()) {
            return true;
        }
        if (owner == LedgerId.Owner.INITIATIVE) {
            return caller.covers(code);
        }
        List<String> codes = initiatives.codesOfAssociation(code);
        return !codes.isEmpty() && codes.stream().allMatch(caller::covers);
    }

    private static String named(LedgerId.Owner owner, String code) {
        return (owner == LedgerId.Owner.ASSOCIATION ? "association '" : "initiative '") + code + "'";
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
