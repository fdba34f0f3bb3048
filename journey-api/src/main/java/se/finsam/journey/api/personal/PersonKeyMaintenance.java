package se.finsam.journey.api.personal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Before the service takes requests, brings the stored keys in line with the configuration: refuses to start
 * when they are wrapped with a master key that is not configured (rather than showing personal data as erased),
 * converts the keys of journeys sealed before Tink, and wraps keysets stored in cleartext once a master key is set.
 */
@Component
class PersonKeyMaintenance implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PersonKeyMaintenance.class);

    private final PersonKeys keys;

    PersonKeyMaintenance(PersonKeys keys) {
        this.keys = keys;
    }

    @Override
    public void afterSingletonsInstantiated() {
        keys.checkWrappedKeysetsOpen();
        int converted = keys.convertLegacySecrets();
        if (converted > 0) {
            log.info("Converted the personal-data keys of {} journeys sealed before Tink into Tink keysets", converted);
        }
        int wrapped = keys.wrapCleartextKeysets();
        if (wrapped > 0) {
            log.info("Wrapped {} personal-data keysets with the master key", wrapped);
        }
    }
}
