package se.finsam.journey.api.organisation.pages;

import java.util.regex.Pattern;
import se.finsam.journey.journey.PersonalIdentityNumber;

/**
 * The initiative form as submitted, and its check: the same rules as {@code PUT /api/v1/initiatives/{code}} (a code
 * of 2–32 characters a–z, 0–9 or '-', a name of at most 200 characters, an association code like the initiative's,
 * and nothing shaped like a personal identity number in the code or the name).
 */
public record InitiativeForm(String code, String name, String association, boolean editing) {

    static final Pattern CODE = Pattern.compile("[a-z0-9-]{2,32}");

    static InitiativeForm of(String code, String name, String association, boolean editing) {
        return new InitiativeForm(strip(code), strip(name), strip(association), editing);
    }

    FieldErrors check() {
        FieldErrors errors = new FieldErrors();
        if (code.isEmpty()) {
            errors.add("code", "admin.error.required");
        } else if (!CODE.matcher(code).matches()) {
            errors.add("code", "admin.error.code");
        } else if (PersonalIdentityNumber.foundIn(code)) {
            errors.add("code", "admin.error.identityNumber");
        }
        if (name.isEmpty()) {
            errors.add("name", "admin.error.required");
        } else if (name.length() > 200) {
            errors.add("name", "admin.error.tooLong", 200);
        } else if (PersonalIdentityNumber.foundIn(name)) {
            errors.add("name", "admin.error.identityNumber");
        }
        if (association.isEmpty()) {
            errors.add("association", "admin.error.required");
        } else if (!CODE.matcher(association).matches()) {
            errors.add("association", "admin.error.code");
        }
        return errors;
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
