/** The administrator's page of the read models: their position, lag, segment owners and rebuild. */
package se.finsam.journey.api.admin.pages;
