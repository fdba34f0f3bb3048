/** Events stored in an earlier shape, read by every path through the upcaster chain. */
package se.finsam.journey.api.upcasting;
