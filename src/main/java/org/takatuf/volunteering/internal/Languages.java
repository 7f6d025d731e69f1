package org.takatuf.volunteering.internal;

import java.util.List;

/** Languages a volunteer speaks or a shift works in; labels are {@code volunteering.language.<code>}. */
public final class Languages {

    public static final List<String> CODES = List.of("ar", "en", "fr", "ku", "tr", "fa", "ur", "so", "am", "sgn");

    private Languages() {
    }

    public static boolean known(String code) {
        return CODES.contains(code);
    }
}
