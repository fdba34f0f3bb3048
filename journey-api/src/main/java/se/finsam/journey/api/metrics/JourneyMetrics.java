package se.finsam.journey.api.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;
import se.finsam.journey.facts.JourneyFactsProjection;
import se.finsam.journey.facts.ProcessorPosition;
import se.finsam.journey.store.JourneyEventTable;

/**
 * The service's own measures, for Prometheus at {@code /actuator/prometheus} (role ADMIN): records handled one
 * by one (by outcome), events appended (by way in), import throughput, report timings (by kind of scope and
 * as-of), and how many events the read model is behind the store. HTTP timings per endpoint come from Spring
 * Boot's {@code http.server.requests} beside them.
 */
@Component
public class JourneyMetrics {

    private final MeterRegistry registry;

    public JourneyMetrics(MeterRegistry registry, JourneyEventTable events, ProcessorPosition processor) {
        this.registry = registry;
        Gauge.builder("journey.processor.lag", () -> Math.max(0,
                        events.head() - processor.position(JourneyFactsProjection.PROCESSOR)))
                .description("events stored but not yet in the journey facts read model")
                .baseUnit("events").register(registry);
        Gauge.builder("journey.store.head", events::head)
                .description("global position of the newest stored event").register(registry);
    }

    /** One record sent on its own: {@code stored}, {@code duplicate} or {@code refused}, and how long it took. */
    public void record(String outcome, long nanos) {
        Timer.builder("journey.commands").description("records sent one at a time, by outcome")
                .tag("outcome", outcome).publishPercentileHistogram()
                .register(registry).record(Duration.ofNanos(nanos));
        if (outcome.equals("stored")) {
            appended("request", 1);
        }
    }

    /** An import: its records by result, its duration, and the events it appended. */
    public void imported(long accepted, long duplicates, long rejected, long nanos) {
        counter("accepted").increment(accepted);
        counter("duplicate").increment(duplicates);
        counter("rejected").increment(rejected);
        Timer.builder("journey.import.duration").description("whole imports").register(registry)
                .record(Duration.ofNanos(nanos));
        appended("import", accepted);
    }

    /** A report computed: by scope ({@code initiative}, {@code association}) and whether it was as of an instant. */
    public void report(String scope, boolean asOf, long nanos) {
        Timer.builder("journey.report.duration").description("participant reports computed")
                .tag("scope", scope).tag("asOf", Boolean.toString(asOf)).publishPercentileHistogram()
                .register(registry).record(Duration.ofNanos(nanos));
    }

    private void appended(String source, long events) {
        Counter.builder("journey.events.appended").description("events appended to the store, by way in")
                .tag("source", source).register(registry).increment(events);
    }

    private Counter counter(String result) {
        return Counter.builder("journey.import.records").description("import lines, by result")
                .tag("result", result).register(registry);
    }
}
