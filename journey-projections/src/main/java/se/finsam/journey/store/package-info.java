/**
 * The event store as everything outside Axon's engine reads it: stored events through one reader with the upcaster
 * chain, journeys' histories many per query, which initiative a journey belongs to, and the settled head.
 */
package se.finsam.journey.store;
