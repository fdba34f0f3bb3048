/**
 * Who may do what: users from the database over HTTP Basic, or bearer tokens of an OpenID Connect provider, their
 * roles and initiative scopes.
 */
package se.finsam.journey.api.security;
