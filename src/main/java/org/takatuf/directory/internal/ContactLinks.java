package org.takatuf.directory.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.takatuf.core.UserInputException;
import org.takatuf.core.text.ArabicText;

/** Checks and normalises a business's WhatsApp number, Instagram handle and website before they become links. */
final class ContactLinks {

    private static final Pattern INSTAGRAM = Pattern.compile("[A-Za-z0-9._]{1,30}");
    private static final Pattern INSTAGRAM_URL = Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?instagram\\.com/([^/?#]+).*$");

    private ContactLinks() {
    }

    /** Digits with an optional leading +, 7 to 15 digits (Arabic-Indic digits accepted); null when blank. */
    static String whatsapp(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String folded = ArabicText.fold(raw).replaceAll("[\\s().-]", "");
        if (!folded.matches("\\+?\\d{7,15}")) {
            throw new UserInputException("directory.error.whatsapp");
        }
        return folded;
    }

    /** A handle, given as {@code @name}, {@code name} or an instagram.com address; null when blank. */
    static String instagram(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        var url = INSTAGRAM_URL.matcher(s);
        if (url.matches()) {
            s = url.group(1);
        }
        if (s.startsWith("@")) {
            s = s.substring(1);
        }
        if (!INSTAGRAM.matcher(s).matches()) {
            throw new UserInputException("directory.error.instagram");
        }
        return s;
    }

    /** An http or https address with a host; "example.com" gets https://; null when blank. */
    static String website(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        if (!s.toLowerCase(Locale.ROOT).matches("^https?://.*")) {
            s = "https://" + s;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !uri.getHost().contains(".")
                    || s.length() > 200) {
                throw new UserInputException("directory.error.website");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new UserInputException("directory.error.website");
        }
    }
}
