package se.finsam.journey.api.personal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The master key, when one is configured (see {@link MasterKey}). */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    @Bean
    MasterKey masterKey(@Value("${journey.personal-data.master-key}") String inline,
                        @Value("${journey.personal-data.master-key-file}") String file) {
        return MasterKey.fromConfiguration(inline, file);
    }
}
