package se.finsam.journey.api.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.finsam.journey.api.organisation.Initiative;
import se.finsam.journey.api.organisation.Initiatives;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.organisation.User;
import se.finsam.journey.api.recording.ImportResult;
import se.finsam.journey.api.recording.ImportService;
import se.finsam.journey.api.recording.Importer;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.generator.GeneratorSettings;
import se.finsam.journey.generator.JourneyGenerator;
import se.finsam.journey.journey.Journey;

/**
 * With {@code JOURNEY_DEMO_DATA=true}, a service whose event store is empty gets a demo association's initiatives and
 * three years of generated journeys, imported through the normal import service (so they are decided by the same
 * rules and recorded by {@value #RECORDED_BY}), and a new user sees meaningful reports at once. A store that holds
 * any event is left alone, so a restart never imports twice and real data never gets demo data mixed in.
 */
@Component
@ConditionalOnProperty(name = "journey.demo-data", havingValue = "true")
class DemoData {

    static final String RECORDED_BY = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcTemplate jdbc;
    private final Initiatives initiatives;
    private final ImportService imports;
    private final Clock clock;

    DemoData(JdbcTemplate jdbc, Initiatives initiatives, ImportService imports, Clock clock) {
        this.jdbc = jdbc;
        this.initiatives = initiatives;
        this.imports = imports;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIntoAnEmptyStore() {
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domainevententry)", Boolean.class))) {
            log.info("Demo data: the event store already holds records, nothing imported");
            return;
        }
        // Yesterday in Sweden, so that no generated date is "in the future" for the rules anywhere today.
        JourneyGenerator generator = new JourneyGenerator(GeneratorSettings.demo(LocalDate.now(clock.withZone(Journey.SWEDEN))
                .minusDays(1)));
        generator.initiatives().forEach(i -> initiatives.save(new Initiative(i.code(), i.name(), i.association())));
        Caller demo = new Caller(RECORDED_BY, "", Set.of(Role.ADMIN), Set.of(User.ALL_INITIATIVES));
        ImportResult result;
        try (Importer importer = imports.begin(demo)) {
            generator.lines(importer::line);
            result = importer.finish();
        }
        log.info("Demo data: {} initiatives of association '{}', {} records imported, {} refused",
                generator.initiatives().size(), generator.initiatives().get(0).association(), result.accepted(),
                result.rejected());
    }
}
