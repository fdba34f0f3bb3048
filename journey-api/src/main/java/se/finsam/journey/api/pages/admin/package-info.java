/**
 * The administrator's pages: initiatives, users with their roles and scopes, and the rebuild of the read models
 * with its progress, storing through the same repositories and services as the organisation and admin endpoints.
 */
package se.finsam.journey.api.pages.admin;
