/**
 * Community: groups (public or private, women-only with admission by the group's admins), memberships
 * with admins and moderators, rules and posts; events in person or online with capacity, registration
 * with waitlist, check-in, reminders, calendar files, weekly series and photos afterwards.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity"})
package org.takatuf.community;
