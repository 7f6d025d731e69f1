package org.takatuf.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.takatuf.core.SiteLinks;

/**
 * Signed unsubscribe links (HMAC-SHA256 over member and type with a key kept in the database), so that
 * a link in an e-mail works without signing in and cannot be forged for another member.
 */
@Component
public class UnsubscribeLinks {

    public static final String ALL = "all";

    private final JdbcClient jdbc;
    private final SiteLinks links;
    private volatile byte[] key;

    UnsubscribeLinks(JdbcClient jdbc, SiteLinks links) {
        this.jdbc = jdbc;
        this.links = links;
    }

    public String signature(UUID member, String type) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] sig = mac.doFinal((member + ":" + type).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isValid(UUID member, String type, String signature) {
        return member != null && type != null && signature != null
                && MessageDigest.isEqual(signature(member, type).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The page with the confirmation button. */
    public String page(UUID member, String type) {
        return links.base() + "/notifications/unsubscribe" + query(member, type);
    }

    /** The RFC 8058 one-click address for the {@code List-Unsubscribe} header. */
    public String oneClick(UUID member, String type) {
        return links.base() + "/notifications/one-click-unsubscribe" + query(member, type);
    }

    private String query(UUID member, String type) {
        return "?m=" + member + "&t=" + type + "&s=" + signature(member, type);
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = jdbc.sql("SELECT secret FROM notification_signing_key WHERE id = 1").query(byte[].class).single();
            key = k;
        }
        return k;
    }
}
