/** Where events and read models live: an external PostgreSQL, or an embedded one the service starts itself. */
package se.finsam.journey.api.storage;
