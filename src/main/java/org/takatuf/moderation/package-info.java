/**
 * Moderation and audit: reports of any public thing, the moderators' queue with claims, bulk decisions
 * and appeals, automatic holds of spam and of links from new accounts, and the platform's insert-only,
 * hash-chained audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity"})
package org.takatuf.moderation;
