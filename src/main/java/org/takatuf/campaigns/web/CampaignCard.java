package org.takatuf.campaigns.web;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.Progress;

/**
 * The Open Graph preview image of a campaign (1200×630 PNG) drawn with Java2D and the bundled Amiri
 * font. {@link TextLayout} shapes Arabic and orders right-to-left runs. A card is kept for a minute
 * per campaign and language, so a shared link fetched by thousands of previews draws it once.
 */
@Component
class CampaignCard {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final Duration KEEP = Duration.ofMinutes(1);
    private static final Color TEAL = new Color(0x0f766e);

    record Png(byte[] bytes, String etag, Instant drawnAt) {
    }

    private final MessageSource messages;
    private final Clock clock;
    private final Font regular;
    private final Font bold;
    private final Map<String, Png> cache = new ConcurrentHashMap<>();

    CampaignCard(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.regular = font("/fonts/Amiri-Regular.ttf");
        this.bold = font("/fonts/Amiri-Bold.ttf");
    }

    private static Font font(String path) {
        try (InputStream in = CampaignCard.class.getResourceAsStream(path)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("bundled font " + path, e);
        }
    }

    Png card(Campaign campaign, Progress progress, Locale locale) {
        String key = campaign.id().value() + "/" + locale.getLanguage();
        Png cached = cache.get(key);
        if (cached != null && cached.drawnAt().plus(KEEP).isAfter(clock.instant())) {
            return cached;
        }
        byte[] bytes = draw(campaign, progress, locale);
        Png png = new Png(bytes, "\"" + etag(bytes) + "\"", clock.instant());
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(key, png);
        return png;
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] draw(Campaign campaign, Progress progress, Locale locale) {
        boolean rtl = !"en".equals(locale.getLanguage());
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(new Color(0xf8faf9));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(TEAL);
            g.fillRect(0, 0, WIDTH, 24);
            float y = 120;
            y = text(g, messages.getMessage("site.name", null, "Takatuf", locale), bold.deriveFont(40f), TEAL, y, rtl, 1);
            y = text(g, campaign.title(), bold.deriveFont(64f), new Color(0x111827), y + 30, rtl, 2);
            y = text(g, campaign.organisationName(), regular.deriveFont(40f), new Color(0x4b5563), y + 10, rtl, 1);
            int barTop = 470;
            if (campaign.goal() != null) {
                int percent = progress.percentOf(campaign.goal());
                g.setColor(new Color(0xd1d5db));
                g.fillRoundRect(80, barTop, WIDTH - 160, 36, 36, 36);
                g.setColor(TEAL);
                int filled = (int) Math.round((WIDTH - 160) * Math.min(100, percent) / 100.0);
                if (filled > 0) {
                    g.fillRoundRect(rtl ? WIDTH - 80 - filled : 80, barTop, Math.max(filled, 36), 36, 36, 36);
                }
                String line = messages.getMessage("campaigns.progress.of",
                        new Object[] {progress.pledged().format(locale), campaign.goal().format(locale)}, locale);
                text(g, line, bold.deriveFont(44f), new Color(0x111827), barTop + 100, rtl, 1);
            } else {
                String line = messages.getMessage("campaigns.card.in-kind", null, locale);
                text(g, line, bold.deriveFont(44f), new Color(0x111827), barTop + 60, rtl, 1);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Draws {@code s} aligned to the reading side, on at most {@code maxLines} lines; answers the next baseline. */
    private float text(Graphics2D g, String s, Font font, Color color, float baseline, boolean rtl, int maxLines) {
        g.setColor(color);
        FontRenderContext frc = g.getFontRenderContext();
        float width = WIDTH - 160;
        String rest = s == null ? "" : s.strip();
        float y = baseline;
        for (int line = 0; line < maxLines && !rest.isEmpty(); line++) {
            String piece = rest;
            boolean last = line == maxLines - 1;
            while (layout(piece, font, frc, rtl).getAdvance() > width && piece.length() > 1) {
                int cut = piece.lastIndexOf(' ', piece.length() - 2);
                piece = last || cut <= 0 ? piece.substring(0, piece.length() - 1) : piece.substring(0, cut);
            }
            String shown = piece.length() < rest.length() && last ? piece.strip() + "…" : piece;
            TextLayout layout = layout(shown, font, frc, rtl);
            float x = rtl ? WIDTH - 80 - layout.getAdvance() : 80;
            layout.draw(g, x, y);
            rest = rest.substring(piece.length()).strip();
            y += layout.getAscent() + layout.getDescent() + layout.getLeading();
        }
        return y;
    }

    private static TextLayout layout(String s, Font font, FontRenderContext frc, boolean rtl) {
        AttributedString text = new AttributedString(s.isEmpty() ? " " : s);
        text.addAttribute(TextAttribute.FONT, font);
        text.addAttribute(TextAttribute.RUN_DIRECTION, rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        return new TextLayout(text.getIterator(), frc);
    }
}
