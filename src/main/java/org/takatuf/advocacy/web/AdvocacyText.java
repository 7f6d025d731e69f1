package org.takatuf.advocacy.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.stereotype.Component;
import org.takatuf.core.SiteLinks;
import org.takatuf.core.i18n.Plurals;

/** Helpers for the advocacy templates: durations in words with plurals, share links. */
@Component("advocacyText")
public class AdvocacyText {

    private final Plurals plurals;
    private final SiteLinks links;

    AdvocacyText(Plurals plurals, SiteLinks links) {
        this.plurals = plurals;
        this.links = links;
    }

    /** "3 days", "5 hours" or "12 minutes", the largest unit that is at least one. */
    public String duration(Duration d) {
        if (d == null) {
            return "";
        }
        if (d.toDays() >= 1) {
            return plurals.count("advocacy.days", d.toDays());
        }
        if (d.toHours() >= 1) {
            return plurals.count("advocacy.hours", d.toHours());
        }
        return plurals.count("advocacy.minutes", Math.max(0, d.toMinutes()));
    }

    /** Ready-made share links of a public complaint: its address, the title and the hashtag. */
    public record Share(String url, String whatsapp, String x, String facebook, String telegram) {
    }

    public Share share(String path, String title, String hashtag) {
        String url = links.link(path);
        String text = title + " #" + hashtag;
        // each channel's link carries ?ref=<channel>, so that the complaint's page counts what each channel brought
        return new Share(url, "https://wa.me/?text=" + encode(text + " " + url + "?ref=whatsapp"),
                "https://x.com/intent/post?text=" + encode(text) + "&url=" + encode(url + "?ref=x"),
                "https://www.facebook.com/sharer/sharer.php?u=" + encode(url + "?ref=facebook"),
                "https://t.me/share/url?url=" + encode(url + "?ref=telegram") + "&text=" + encode(text));
    }

    /**
     * The same after a preposition ("no answer for …", "answered after …"): Arabic puts the dual in the
     * genitive there ("منذ يومين", not "منذ يومان").
     */
    public String durationAfter(Duration d) {
        if (d == null) {
            return "";
        }
        if (d.toDays() >= 1) {
            return plurals.count("advocacy.days-after", d.toDays());
        }
        if (d.toHours() >= 1) {
            return plurals.count("advocacy.hours-after", d.toHours());
        }
        return plurals.count("advocacy.minutes-after", Math.max(0, d.toMinutes()));
    }

    public String link(String path) {
        return links.link(path);
    }

    public String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
