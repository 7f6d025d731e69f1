package org.takatuf.identity;

import java.util.Map;
import java.util.Optional;

/**
 * A part of an organisation's public page that a higher module contributes (identity knows nothing of
 * campaigns, cases or comments): the trust signals and the organisation's checklist, for example. Each
 * implementation names a Thymeleaf fragment taking one parameter, {@code section}, the model it returns.
 */
public interface OrganisationPageSection {

    /** The section for this organisation, or empty to show nothing; {@code member}: the viewer belongs to it. */
    Optional<Section> section(Organisation organisation, boolean member);

    /** {@code template :: fragment(section)}, placed in {@code order} (lower first). */
    record Section(String template, String fragment, int order, Map<String, Object> model) {
    }
}
