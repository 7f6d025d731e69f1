package org.takatuf.cases.web;

import jakarta.servlet.http.HttpServletResponse;

/** Headers of pages that show a case's non-public parts (quality line 17). */
final class NoStore {

    private NoStore() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        // private links carry their secret in the address: never send it elsewhere
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
    }
}
