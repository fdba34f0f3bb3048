package se.finsam.journey.api.personal;

import com.google.crypto.tink.Aead;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A key-encryption key that never leaves a PKCS#11 token (a hardware security module, or SoftHSM2 in tests): an
 * AES-256 key made inside the token, sensitive and not extractable, found by its label. It is a Tink {@link Aead}
 * so that it wraps and opens the journeys' keysets exactly like the master key does; the token does the AES-GCM
 * (nonce ‖ ciphertext ‖ tag, the journeyId as associated data). Java's own SunPKCS11 provider talks to the token.
 */
final class Pkcs11Key implements Aead {

    /** What {@code person_key.wrapped_with} says before the key's label. */
    static final String PREFIX = "pkcs11:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String AES_GCM = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where the key is: the PKCS#11 library, the token's slot (empty: the first), its PIN and the key's label. */
    record Settings(String library, String slot, String pin, String keyLabel, boolean createKey) {
    }

    private final Provider provider;
    private final KeyStore token;
    private final Key key;
    private final String where;

    private Pkcs11Key(Provider provider, KeyStore token, Key key, String where) {
        this.provider = provider;
        this.token = token;
        this.key = key;
        this.where = where;
    }

    /** The name {@code person_key.wrapped_with} gives keysets wrapped with the key labelled {@code label}. */
    static String name(String label) {
        return PREFIX + label;
    }

    /** Logs in to the token and finds the key by its label, making it there first when allowed. */
    static Pkcs11Key connect(Settings settings) {
        Provider provider = provider(settings);
        KeyStore token = login(provider, settings);
        try {
            Key key = token.getKey(settings.keyLabel(), null);
            if (key == null && settings.createKey()) {
                key = create(provider, token, settings.keyLabel());
            }
            if (key == null) {
                throw new MasterKeyException("The PKCS#11 token in " + where(settings) + " has no key labelled '"
                        + settings.keyLabel() + "' (JOURNEY_PKCS11_KEY_LABEL). Check the label and the slot, or set "
                        + "JOURNEY_PKCS11_CREATE_KEY=true to have the key made inside the token on this start");
            }
            if (!"AES".equalsIgnoreCase(key.getAlgorithm())) {
                throw new MasterKeyException("The key labelled '" + settings.keyLabel() + "' in the PKCS#11 token in "
                        + where(settings) + " is not an AES key");
            }
            return new Pkcs11Key(provider, token, key, where(settings));
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException("The key labelled '" + settings.keyLabel() + "' cannot be read from the "
                    + "PKCS#11 token in " + where(settings) + ": " + e.getMessage());
        }
    }

    /** Another key in the same token, found by its label (for keysets wrapped before the key was rotated). */
    Pkcs11Key sibling(String label) {
        try {
            Key other = token.getKey(label, null);
            if (other == null) {
                throw new MasterKeyException("The PKCS#11 token in " + where + " has no key labelled '" + label
                        + "' (JOURNEY_PKCS11_PREVIOUS_KEY_LABEL)");
            }
            return new Pkcs11Key(provider, token, other, where);
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException("The key labelled '" + label + "' cannot be read from the PKCS#11 token in "
                    + where + ": " + e.getMessage());
        }
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance(AES_GCM, provider);
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData);
        byte[] sealed = cipher.doFinal(plaintext);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
        if (ciphertext.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new GeneralSecurityException("too short to have been wrapped by the PKCS#11 key");
        }
        Cipher cipher = Cipher.getInstance(AES_GCM, provider);
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, 0, NONCE_BYTES));
        cipher.updateAAD(associatedData);
        return cipher.doFinal(ciphertext, NONCE_BYTES, ciphertext.length - NONCE_BYTES);
    }

    /** The key as the provider holds it: a handle to an object inside the token. */
    Key key() {
        return key;
    }

    private static Provider provider(Settings settings) {
        // Keys this provider generates are sensitive and can never leave the token, not even wrapped.
        String configuration = "--name=journey\nlibrary=" + settings.library() + "\n"
                + (settings.slot().isBlank() ? "" : "slot=" + settings.slot() + "\n")
                + "attributes(generate, CKO_SECRET_KEY, CKK_AES) = {\n  CKA_SENSITIVE = true\n"
                + "  CKA_EXTRACTABLE = false\n}\n";
        try {
            return Security.getProvider("SunPKCS11").configure(configuration);
        } catch (RuntimeException e) {
            throw new MasterKeyException("The PKCS#11 token in " + where(settings) + " cannot be reached through "
                    + "the library " + settings.library() + " (JOURNEY_PKCS11_LIBRARY, JOURNEY_PKCS11_SLOT): "
                    + rootMessage(e));
        }
    }

    private static KeyStore login(Provider provider, Settings settings) {
        try {
            KeyStore token = KeyStore.getInstance("PKCS11", provider);
            token.load(null, settings.pin().toCharArray());
            return token;
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            if (rootMessage(e).contains("CKR_PIN_INCORRECT")) {
                throw new MasterKeyException("The PIN for the PKCS#11 token in " + where(settings) + " is wrong "
                        + "(JOURNEY_PKCS11_PIN or JOURNEY_PKCS11_PIN_FILE)");
            }
            throw new MasterKeyException("Logging in to the PKCS#11 token in " + where(settings) + " failed: "
                    + rootMessage(e));
        }
    }

    private static Key create(Provider provider, KeyStore token, String label) throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES", provider);
        generator.init(256);
        SecretKey made = generator.generateKey();
        // Storing the entry copies the session key into a token object under the label; it stays inside.
        token.setEntry(label, new KeyStore.SecretKeyEntry(made), null);
        return token.getKey(label, null);
    }

    private static String where(Settings settings) {
        return settings.slot().isBlank() ? "the first slot" : "slot " + settings.slot();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
