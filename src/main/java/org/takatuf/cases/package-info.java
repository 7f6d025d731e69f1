/**
 * Humanitarian cases: reports with a public summary and encrypted protected details, triage by
 * verified organisations, verification, adoption, volunteers assigned from the volunteer bank (its public
 * {@code VolunteerBank}), the reporter's timeline, an access log and retention.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity", "volunteering"})
package org.takatuf.cases;
