/**
 * Humanitarian cases: reports with a public summary and encrypted protected details, triage by
 * verified organisations, verification, adoption, the reporter's timeline, an access log and retention.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity"})
package org.takatuf.cases;
