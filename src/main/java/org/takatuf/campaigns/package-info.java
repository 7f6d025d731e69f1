/**
 * Campaigns: fundraising, in-kind and mixed campaigns of verified organisations, their story, goal,
 * deadline, needed items and bank instructions. Progress figures come from the giving module through
 * {@link org.takatuf.campaigns.ProgressSource}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity"})
package org.takatuf.campaigns;
