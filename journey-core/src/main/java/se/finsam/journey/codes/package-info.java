/** The code lists of DOMAIN.md, each code with its Swedish label. */
package se.finsam.journey.codes;
