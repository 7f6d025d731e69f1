package org.takatuf.core;

/**
 * The Open Graph card of a public page (what WhatsApp, Facebook or X show when the link is shared).
 * A controller puts one in the model as {@code og}; the layout writes the {@code og:*} tags.
 */
public record OpenGraph(String title, String description, String url, String image) {

    public OpenGraph {
        description = description == null ? "" : (description.length() > 200 ? description.substring(0, 199) + "…" : description);
    }
}
