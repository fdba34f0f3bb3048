/** Initiatives (insatser) of associations, and the users who work with them. */
package se.finsam.journey.api.organisation;
