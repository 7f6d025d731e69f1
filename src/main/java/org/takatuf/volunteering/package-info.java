/**
 * The volunteer bank: volunteer profiles with weekly availability and dates, opportunities and
 * shifts, matching both ways, sign-ups with waitlist, attendance, verified hours and certificates.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core", "identity"})
package org.takatuf.volunteering;
