/**
 * Notifications: an in-app inbox with an unread count, e-mail, per-type preferences and daily or
 * weekly digests instead of floods, one-click unsubscribe in every e-mail. It only listens to other
 * modules' events and is never called by them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity", "community", "engagement", "volunteering", "moderation", "campaigns", "giving", "cases"})
package org.takatuf.notifications;
