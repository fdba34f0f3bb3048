package se.finsam.journey.journey;

import se.finsam.journey.codes.Gender;

/** The person fields a profile update changes; a null field is left as it was. */
public record PersonChanges(Gender gender, Integer birthYear, String homeMunicipality,
                            Sealed personalIdentityNumber, Sealed name) {
}
