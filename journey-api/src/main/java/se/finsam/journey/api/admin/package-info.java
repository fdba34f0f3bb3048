/** Administration of the read models: their position behind the event store, and rebuilding them. */
package se.finsam.journey.api.admin;
