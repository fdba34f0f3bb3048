package se.finsam.journey.api.personal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code journey.personal-data.*}: where the key that wraps the journeys' personal-data keys lives
 * ({@code keyStore}: {@code master-key} or {@code pkcs11}), the master key or its file, and the HSM's settings.
 * They are checked where they are used ({@link PersonalDataConfiguration}), whose messages name each setting.
 */
@ConfigurationProperties("journey.personal-data")
public record PersonalDataProperties(String keyStore, String masterKey, String masterKeyFile, Pkcs11 pkcs11) {

    public PersonalDataProperties {
        pkcs11 = pkcs11 == null ? new Pkcs11(null, null, null, null, null, false, null) : pkcs11;
    }

    /** {@code journey.personal-data.pkcs11.*}: the token's library and slot, its PIN, and the key labels. */
    public record Pkcs11(String library, String slot, String pin, String pinFile, String keyLabel, boolean createKey,
                         String previousKeyLabel) {

        /** Without the PIN. */
        @Override
        public String toString() {
            return "Pkcs11[library=" + library + ", slot=" + slot + ", pinFile=" + pinFile + ", keyLabel=" + keyLabel
                    + ", createKey=" + createKey + ", previousKeyLabel=" + previousKeyLabel + "]";
        }
    }

    /** Without the master key. */
    @Override
    public String toString() {
        return "PersonalDataProperties[keyStore=" + keyStore + ", masterKeyFile=" + masterKeyFile + ", pkcs11="
                + pkcs11 + "]";
    }
}
