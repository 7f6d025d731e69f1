/**
 * Mutual aid: offers and asks of things, services and jobs, free or to swap, city-wide or on a
 * barter group's own board; matching both ways, reservation, private hand-over messages, hand-overs
 * confirmed by both sides, reports and blocks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity"})
package org.takatuf.exchange;
