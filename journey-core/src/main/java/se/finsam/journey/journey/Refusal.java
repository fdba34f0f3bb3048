package se.finsam.journey.journey;

import java.util.Map;

/**
 * Why a record was refused, for a program: a stable code, the field of the record it concerns (a dotted path such as
 * {@code person.birthYear}, null for the record as a whole) and the values its message names, in the order the
 * message names them. The English message stays the exception's; a page translates from the code alone.
 */
public interface Refusal {

    String code();

    String field();

    Map<String, Object> arguments();

    String getMessage();
}
