package se.finsam.journey.codes;

/** A code of one of DOMAIN.md's code lists, with the Swedish label teams know it by. */
public interface Coded {

    String name();

    String label();
}
