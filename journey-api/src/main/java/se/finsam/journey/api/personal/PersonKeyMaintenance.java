package se.finsam.journey.api.personal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Before the service takes requests, brings the stored keys in line with the configuration: refuses to start
 * when they are wrapped with a key-encryption key that is not configured (rather than showing personal data as
 * erased), converts the keys of journeys sealed before Tink, and wraps every keyset with the configured
 * key-encryption key: keysets in cleartext once a master key is set, and keysets under the master key (or an
 * HSM key being rotated out) once an HSM key is set. That is how keys move to an external key store.
 */
@Component
class PersonKeyMaintenance implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PersonKeyMaintenance.class);

    private final PersonKeys keys;
    private final PseudonymKey pseudonymKey;

    PersonKeyMaintenance(PersonKeys keys, PseudonymKey pseudonymKey) {
        this.keys = keys;
        this.pseudonymKey = pseudonymKey;
    }

    @Override
    public void afterSingletonsInstantiated() {
        keys.checkWrappedKeysetsOpen();
        int converted = keys.convertLegacySecrets();
        if (converted > 0) {
            log.info("Converted the personal-data keys of {} journeys sealed before Tink into Tink keysets", converted);
        }
        int wrapped = keys.wrapWithCurrentKey();
        if (wrapped > 0) {
            log.info("Wrapped {} personal-data keysets with the configured key-encryption key", wrapped);
        }
        if (pseudonymKey.prepare()) {
            log.info("Wrapped the pseudonym key with the configured key-encryption key");
        }
    }
}
