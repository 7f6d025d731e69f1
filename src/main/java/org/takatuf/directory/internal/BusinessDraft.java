package org.takatuf.directory.internal;

/** The editable fields of a business page, as a form or the demo data gives them; checked by {@link Directory#open}. */
public record BusinessDraft(String name, String story, BusinessCategory category, boolean homeBased, boolean womenOwned,
                            DirectoryCity city, String deliveryArea, String whatsapp, String instagram, String website,
                            String openingHours) {
}
