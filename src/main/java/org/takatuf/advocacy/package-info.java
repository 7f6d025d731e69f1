/**
 * Collective complaints: a complaint against a company or public service with evidence, supporters who
 * join ("me too" or simple support) with counts and milestones, company profiles that the company
 * claims and answers from, a public response timer, resolution confirmed by the complainant, and
 * escalation to the sector's regulator as a PDF.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity"})
package org.takatuf.advocacy;
