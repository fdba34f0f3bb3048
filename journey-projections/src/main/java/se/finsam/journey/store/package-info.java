/** Reading journeys' event streams straight from Axon's event table, many journeys per query. */
package se.finsam.journey.store;
