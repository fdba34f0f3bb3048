package se.finsam.journey.journey;

import se.finsam.journey.codes.Gender;

/** The person of a journey as recorded at referral; identity number and name only in sealed form. */
public record Person(Gender gender, int birthYear, String homeMunicipality,
                     Sealed personalIdentityNumber, Sealed name) {
}
