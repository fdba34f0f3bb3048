package se.finsam.journey.api.recording;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
public class RecordingConfiguration {

    /**
     * Single-record requests are admitted a few at a time ({@link RecordingAdmission}), ahead of every other
     * filter. {@code JOURNEY_RECORDING_CONCURRENCY} sets how many; 0 (the default) means four per core, at least 8.
     */
    @Bean
    FilterRegistrationBean<RecordingAdmission> recordingAdmission(RecordingProperties recording) {
        int configured = recording.concurrency();
        int permits = configured > 0 ? configured
                : RecordingAdmission.defaultPermits(Runtime.getRuntime().availableProcessors());
        FilterRegistrationBean<RecordingAdmission> registration =
                new FilterRegistrationBean<>(new RecordingAdmission(permits));
        registration.setName("recordingAdmission");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/api/v1/journeys/*");
        return registration;
    }
}
