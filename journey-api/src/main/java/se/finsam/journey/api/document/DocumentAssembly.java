package se.finsam.journey.api.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.finsam.journey.api.audit.ReadAudit;
import se.finsam.journey.api.organisation.Initiative;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.persons.PersonsReport;
import se.finsam.journey.api.reports.ParticipantReport;
import se.finsam.journey.api.reports.Publication;
import se.finsam.journey.api.reports.Published;
import se.finsam.journey.api.reports.ReportQuery;
import se.finsam.journey.api.reports.ReportService;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.document.Block;
import se.finsam.journey.document.Period;
import se.finsam.journey.document.Prose;
import se.finsam.journey.document.Provenance;
import se.finsam.journey.document.ReportDocument;
import se.finsam.journey.document.Section;
import se.finsam.journey.document.TitlePage;
import se.finsam.journey.journey.Journey;
import se.finsam.journey.ledger.LedgerId;
import se.finsam.journey.reports.Suppression;

/**
 * Assembles the report document of a scope and period: the participant report with last year through the one
 * publication path ({@link Publication}), for an association its persons beside its journeys ({@link PersonsReport}),
 * the four ledger reports ({@link LedgerTables}), and the team's section
 * texts (the latest version of each, or a chosen one), in the order of the seed reports. Every table carries the
 * manifest id of the publication it came from; every publication's manifest is stored. The document is written to
 * the read audit trail as an export naming all its manifests.
 */
@Service
public class DocumentAssembly {

    private final Publication publication;
    private final ParticipantReport participantReport;
    private final PersonsReport personsReport;
    private final LedgerTables ledgers;
    private final SectionTexts texts;
    private final Initiatives initiatives;
    private final DocumentWords words;
    private final ReadAudit audit;
    private final Clock clock;

    DocumentAssembly(Publication publication, ParticipantReport participantReport, PersonsReport personsReport,
                     LedgerTables ledgers, SectionTexts texts, Initiatives initiatives, DocumentWords words,
                     ReadAudit audit, Clock clock) {
        this.publication = publication;
        this.participantReport = participantReport;
        this.personsReport = personsReport;
        this.ledgers = ledgers;
        this.texts = texts;
        this.initiatives = initiatives;
        this.words = words;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What to assemble: the question (its comparison with last year is always made), small-number protection, and
     * the section text versions chosen (by section; the others are their latest).
     */
    public record Request(ReportQuery query, OptionalInt threshold, Map<ReportSection, Integer> versions) {
    }

    /** The document and the ids of the manifests its tables came from, for the answer's headers. */
    public record Assembled(ReportDocument document, List<String> manifests, String fileName) {
    }

    public Assembled assemble(Request request, Caller caller, String format) {
        ReportQuery query = withComparison(request.query());
        Published<ReportService.Computed, Suppression> national = publication.publish(participantReport, query,
                request.threshold(), caller, Publication.Audited.NOT);
        PeriodWords period = new PeriodWords(query.from(), query.to());
        NationalTables tables = new NationalTables(national, words, period);
        List<String> scope = national.figures().scope();
        LedgerTables.Part goals = ledgers.goals(query, request.threshold(), caller);
        LedgerTables.Part staff = ledgers.staff(query, request.threshold(), caller);
        LedgerTables.Part economy = ledgers.economy(query, request.threshold(), caller);
        LedgerTables.Part activities = ledgers.activities(query, request.threshold(), caller);
        Map<ReportSection, String> own = ownTexts(query, request.versions());

        List<Section> sections = new ArrayList<>();
        sections.add(section(ReportSection.INLEDNING, own, List.of()));
        sections.add(section(ReportSection.VERKSAMHETEN, own, List.of()));
        List<Block> participants = new ArrayList<>(tables.participants());
        // An association's report also counts persons: a person in two of its teams is one person, two journeys.
        Published<PersonsReport.Computed, PersonsReport.Hidden> persons = query.association() == null ? null
                : publication.publish(personsReport, query, request.threshold(), caller, Publication.Audited.NOT);
        if (persons != null) {
            participants.add(PersonsTable.of(persons, period));
        }
        participants.add(Section.of("Avslut och resultat", tables.results().toArray(Block[]::new)));
        sections.add(section(ReportSection.DELTAGARE, own, participants));
        sections.add(section(ReportSection.MALUPPFYLLELSE, own, goals.blocks()));
        sections.add(section(ReportSection.PERSONAL, own, staff.blocks()));
        sections.add(section(ReportSection.EKONOMI, own, economy.blocks()));
        sections.add(section(ReportSection.AKTIVITETER, own, activities.blocks()));
        sections.add(section(ReportSection.AVSLUTNING, own, List.of()));
        List<Section> written = sections.stream().filter(section -> !section.content().isEmpty()).toList();

        TitlePage title = new TitlePage(period.kind(), subject(query, scope), organisation(query, scope),
                new Period(query.from(), query.to()), LocalDate.now(clock.withZone(Journey.SWEDEN)),
                new Provenance(tables.position(), query.asOf()));
        ReportDocument document = ReportDocument.of(title, written);
        if (request.threshold().isPresent()) {
            document = document.withSmallNumberLimit(request.threshold().getAsInt());
        }
        List<String> manifests = new ArrayList<>(List.of(tables.manifest(), goals.manifest(), staff.manifest(),
                economy.manifest(), activities.manifest()));
        if (persons != null) {
            manifests.add(persons.manifest());
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("format", format);
        detail.put("manifests", manifests);
        request.threshold().ifPresent(n -> detail.put("suppress", n));
        audit.record(caller, ReadAudit.Action.EXPORT, "report document " + query.describe(), scope, detail);
        return new Assembled(document, manifests, fileName(period, query, scope));
    }

    private static ReportQuery withComparison(ReportQuery query) {
        return new ReportQuery(query.initiatives(), query.association(), query.from(), query.to(), query.asOf(), true,
                query.minPosition());
    }

    /** The team's text of each section: the report's owner is the one initiative, or the association. */
    private Map<ReportSection, String> ownTexts(ReportQuery query, Map<ReportSection, Integer> chosen) {
        LedgerId owner = query.association() != null ? LedgerId.association(query.association())
                : query.initiatives().size() == 1 ? LedgerId.initiative(query.initiatives().get(0)) : null;
        Map<ReportSection, String> own = new LinkedHashMap<>();
        if (owner == null) {
            return own;
        }
        SectionTextStore.Report report = new SectionTextStore.Report(owner, query.from(), query.to());
        for (ReportSection section : ReportSection.values()) {
            texts.forDocument(report, section, chosen.get(section), query.asOf())
                    .ifPresent(text -> own.put(section, text.text()));
        }
        return own;
    }

    private static Section section(ReportSection section, Map<ReportSection, String> own, List<Block> figures) {
        List<Block> content = new ArrayList<>();
        if (own.containsKey(section)) {
            content.add(new Prose(own.get(section)));
        }
        content.addAll(figures);
        return new Section(section.heading(), content);
    }

    private String subject(ReportQuery query, List<String> scope) {
        if (query.association() != null) {
            return "Samordningsförbundet " + query.association();
        }
        return scope.stream().map(code -> initiatives.find(code).map(Initiative::name).orElse(code))
                .collect(Collectors.joining(", "));
    }

    private String organisation(ReportQuery query, List<String> scope) {
        if (query.association() != null) {
            return null;
        }
        List<String> associations = scope.stream().map(code -> initiatives.find(code).map(Initiative::association)
                .orElse(null)).filter(a -> a != null).distinct().toList();
        return associations.size() == 1 ? "Samordningsförbundet " + associations.get(0) : null;
    }

    /** "arsrapport-2025-fns", "rapport-2024-07-01-2025-06-30-vastmanland": ASCII, so every browser keeps it. */
    private static String fileName(PeriodWords period, ReportQuery query, List<String> scope) {
        String who = query.association() != null ? query.association() : String.join("-", scope);
        return (period.calendarYear() ? "arsrapport-" + query.from().getYear()
                : "rapport-" + query.from() + "-" + query.to()) + "-" + who;
    }
}
