/**
 * The administrator's pages for the organisation: initiatives, and users with their roles, scopes and whether they
 * are switched off, storing through the same repositories as the organisation endpoints.
 */
package se.finsam.journey.api.organisation.pages;
