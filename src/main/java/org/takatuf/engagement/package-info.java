/**
 * Engagement on any public target {@code (type, id)}: comments with replies and reactions, follows,
 * hashtags and mentions, shares counted by referral, solidarity frames and the personal feed. Pages of
 * other modules embed its comment component with htmx; it learns what happened elsewhere from
 * {@link org.takatuf.core.activity.ActivityPublished} events. No feature module depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity"})
package org.takatuf.engagement;
