/**
 * Trust: the measured signals on each organisation's public page (median first reply to comments,
 * share of funded campaigns reported back after the money arrived, share of cases closed with an
 * outcome, verification, age on the platform), the guide for organisations at {@code /guide}, and the
 * checklist on the organisation's page that ticks itself from what the organisation did. Figures are
 * read through read-only reporting views (V91); the page part reaches identity through its
 * {@code OrganisationPageSection} port. No module depends on trust.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity"})
package org.takatuf.trust;
