/** Who may do what: users from the database over HTTP Basic, their roles and initiative scopes. */
package se.finsam.journey.api.security;
