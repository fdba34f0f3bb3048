package se.finsam.journey.api.recording;

import java.util.Optional;
import se.finsam.journey.api.personal.PersonalDataVault;
import se.finsam.journey.journey.Sealed;

/**
 * Seals an imported line's personal data for the journey rules to decide on, without making a key: with the
 * journey's key when it has one, else with a stand-in that opens to nothing (so it is never the same as a stored
 * value). Once the line is accepted, a journey that waits for a key is sealed again for real, which makes the key; a
 * refused line so leaves no key behind.
 */
final class Sealing implements RecordParser.Sealer {

    private static final Sealed NOT_SEALED_YET = new Sealed("");

    private final PersonalDataVault vault;
    private boolean waitsForAKey;

    Sealing(PersonalDataVault vault) {
        this.vault = vault;
    }

    @Override
    public Sealed seal(String journeyId, String plaintext) {
        if (waitsForAKey) {
            // A line is one journey's: once it is known to have no key, its other value needs no second look.
            return NOT_SEALED_YET;
        }
        Optional<Sealed> sealed = vault.sealWithExistingKey(journeyId, plaintext);
        if (sealed.isEmpty()) {
            waitsForAKey = true;
        }
        return sealed.orElse(NOT_SEALED_YET);
    }

    boolean waitsForAKey() {
        return waitsForAKey;
    }
}
