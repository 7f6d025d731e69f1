package org.takatuf.identity;

/**
 * What the public list of organisations is narrowed to; {@code null} or blank means "any".
 *
 * @param kind only organisations of this kind
 * @param city only organisations in this city (compared without regard to case or surrounding spaces)
 * @param verifiedOnly only organisations that carry the verification badge
 */
public record OrganisationFilter(OrganisationKind kind, String city, boolean verifiedOnly) {

    public static final OrganisationFilter ANY = new OrganisationFilter(null, null, false);

    public OrganisationFilter {
        city = city == null || city.isBlank() ? null : city.strip();
    }
}
