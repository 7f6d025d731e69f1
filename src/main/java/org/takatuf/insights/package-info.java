/**
 * Insights: the funnel of an organisation's campaigns and opportunities (views, unique visitors,
 * shares, comments, follows, frames, pledges, sign-ups, supporters) by day, channel and ambassador,
 * and its audience by city and new versus returning visitors. Views are recorded by a filter of this
 * module into a bounded in-memory queue and written in batches by a background thread; daily rollups
 * are computed by a scheduled job. Other modules' figures are read through read-only reporting views
 * (V90). No module depends on insights.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity"})
package org.takatuf.insights;
