package se.finsam.journey.api.document;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.ledger.LedgerAccess;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.recording.InvalidRecordException;
import se.finsam.journey.api.recording.NotFoundException;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;
import se.finsam.journey.api.web.BadRequestException;
import se.finsam.journey.journey.PersonalIdentityNumber;
import se.finsam.journey.ledger.LedgerId;

/**
 * The team's section texts of a report, as versions. Whoever reads the owner's reports reads them (as its ledger:
 * {@link LedgerAccess}); analysts and administrators whose initiatives cover the owner write them. A text is plain
 * text ({@link se.finsam.journey.document.Prose}) of at most {@value #LONGEST} characters and never holds an
 * identity number: the document is published.
 */
@Service
public class SectionTexts {

    static final int LONGEST = 20_000;

    private final SectionTextStore store;
    private final LedgerAccess access;
    private final ReadAudit audit;

    SectionTexts(SectionTextStore store, LedgerAccess access, ReadAudit audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    /** A section's text as answered: the version, its text, who wrote it and when. */
    public record SectionText(String section, String heading, int version, String text, String writtenBy,
                              String writtenAt) {

        static SectionText of(SectionTextStore.Version version) {
            ReportSection section = ReportSection.ofKey(version.section()).orElseThrow();
            return new SectionText(section.key(), section.heading(), version.version(), version.text(),
                    version.writtenBy(), version.writtenAt().toString());
        }
    }

    /** Whose report and for which period, checked: the owner exists and the dates are a period a report can cover. */
    public static SectionTextStore.Report report(LedgerId.Owner owner, String code, String from, String to) {
        ReportQuery period = owner == LedgerId.Owner.INITIATIVE
                ? ReportQuery.of(List.of(code), null, from, to, null, null, null)
                : ReportQuery.of(null, code, from, to, null, null, null);
        try {
            return new SectionTextStore.Report(new LedgerId(owner, code), period.from(), period.to());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(owner.word() + " '" + code + "' does not exist");
        }
    }

    public SectionText write(Caller caller, SectionTextStore.Report report, String sectionKey, String text) {
        requireWriting(caller, report.owner());
        ReportSection section = section(sectionKey);
        if (text == null || text.isBlank()) {
            throw new InvalidRecordException("text", "required", "field 'text' is missing or empty: write the "
                    + "section's text (paragraphs separated by a blank line, lists as lines starting with '- ')");
        }
        if (text.length() > LONGEST) {
            throw new InvalidRecordException("text", "too-long", "the text has " + text.length() + " characters; a "
                    + "section holds at most " + LONGEST).with("length", text.length()).with("longest", LONGEST);
        }
        if (PersonalIdentityNumber.foundIn(text)) {
            throw new InvalidRecordException("text", "identity-number", "the text holds what looks like a personal "
                    + "identity number (personnummer); a report is published, so its text must never hold one. "
                    + "Nothing was stored");
        }
        return SectionText.of(store.write(report, section, text, caller.username()));
    }

    /** The latest version of every section that has a text, in the document's order. */
    public List<SectionText> latest(Caller caller, SectionTextStore.Report report) {
        requireReading(caller, report);
        return store.latest(report).stream().map(SectionText::of)
                .sorted(java.util.Comparator.comparing(text -> ReportSection.ofKey(text.section()).orElseThrow()))
                .toList();
    }

    public List<SectionText> versions(Caller caller, SectionTextStore.Report report, String sectionKey) {
        requireReading(caller, report);
        return store.versions(report, section(sectionKey)).stream().map(SectionText::of).toList();
    }

    public SectionText version(Caller caller, SectionTextStore.Report report, String sectionKey, int version) {
        requireReading(caller, report);
        ReportSection section = section(sectionKey);
        return store.version(report, section, version).map(SectionText::of).orElseThrow(() -> new NotFoundException(
                "section '" + section.key() + "' of this report has no version " + version));
    }

    /** Every version of every section, in the document's order (a section without a text has none): one read. */
    public java.util.Map<ReportSection, List<SectionText>> everyVersion(Caller caller, SectionTextStore.Report report) {
        requireReading(caller, report);
        java.util.Map<ReportSection, List<SectionText>> versions = new java.util.EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            versions.put(section, store.versions(report, section).stream().map(SectionText::of).toList());
        }
        return versions;
    }

    /**
     * The texts for a document: the version chosen for the section, else its latest, and for a document as known at
     * an instant the latest written by then (so a document of an earlier moment has that moment's texts too).
     */
    Optional<SectionTextStore.Version> forDocument(SectionTextStore.Report report, ReportSection section,
                                                   Integer chosen, java.time.Instant asOf) {
        if (chosen != null) {
            return Optional.of(store.version(report, section, chosen).orElseThrow(() -> new BadRequestException(
                    "section '" + section.key() + "' has no version " + chosen + " for this report")));
        }
        List<SectionTextStore.Version> versions = store.versions(report, section).stream()
                .filter(version -> asOf == null || !version.writtenAt().isAfter(asOf)).toList();
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    static ReportSection section(String key) {
        return ReportSection.ofKey(key).orElseThrow(() -> new NotFoundException("there is no section '" + key
                + "'; the sections are " + String.join(", ", java.util.Arrays.stream(ReportSection.values())
                .map(ReportSection::key).toList())));
    }

    public boolean mayWrite(Caller caller, LedgerId owner) {
        return (caller.isAdmin() || caller.hasRole(Role.ANALYST)) && access.mayRead(caller, owner);
    }

    private void requireWriting(Caller caller, LedgerId owner) {
        access.readable(caller, owner.owner(), owner.code());
        if (!mayWrite(caller, owner)) {
            throw new ForbiddenException("user '" + caller.username() + "' may not write the report's texts "
                    + "(ANALYST and ADMIN of its initiatives do)");
        }
    }

    private void requireReading(Caller caller, SectionTextStore.Report report) {
        access.readable(caller, report.owner().owner(), report.owner().code());
        audit.record(caller, ReadAudit.Action.LEDGER_VIEW, "report texts " + report.owner().value() + " from="
                + report.from() + " to=" + report.to(), access.initiativesOf(report.owner()), java.util.Map.of());
    }
}
