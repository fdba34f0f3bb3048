/** What a report's figures are: their names, kinds, keys, numerators, deciding records, labels and places in a layout. */
package se.finsam.journey.catalogue;
