/**
 * Support local: pages of small and home businesses with their products, endorsements ("mentions") by
 * members and ambassadors, ambassadors' featured lists, and in-kind offers of businesses to campaigns
 * and cases.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity"})
package org.takatuf.directory;
