package org.takatuf.engagement.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.OrganisationRole;

/**
 * Demo content of engagement on the embedded default: two solidarity frames (#كلنا_أكرم and
 * #ادعم_المحلي) designed by the first verified demo organisation. The overlays are drawn here with
 * Java2D (a coloured ring with a band), so no image file has to be shipped. Written once.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 5)
@ConditionalOnProperty(name = "takatuf.demo.enabled", havingValue = "true")
class EngagementDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EngagementDemoData.class);

    private final JdbcClient jdbc;
    private final OrganisationManagement organisations;
    private final Frames frames;

    EngagementDemoData(JdbcClient jdbc, OrganisationManagement organisations, Frames frames) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.frames = frames;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM engagement_frame").query(Long.class).single() > 0) {
            return;
        }
        for (Organisation organisation : organisations.all().stream().filter(Organisation::isVerified).toList()) {
            var admin = organisations.people(organisation.organisationId()).stream().filter(p -> p.role() == OrganisationRole.ADMIN).findFirst();
            if (admin.isPresent()) {
                frames.create(admin.get().id(), organisation.organisationId(), "#كلنا_أكرم", "إطار كلنا أكرم", overlay(new Color(15, 118, 110)));
                frames.create(admin.get().id(), organisation.organisationId(), "#ادعم_المحلي", "إطار ادعم المحلي", overlay(new Color(180, 83, 9)));
                log.info("Engagement demo content: two solidarity frames by {}", organisation.getName());
                return;
            }
        }
    }

    /** A transparent square with a thick ring and a lower band: the photo shows through the middle. */
    static byte[] overlay(Color colour) {
        int size = Frames.SIZE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(colour);
            g.setStroke(new BasicStroke(48));
            g.drawOval(24, 24, size - 48, size - 48);
            g.fillRect(0, size - 150, size, 90);
            g.setColor(Color.WHITE);
            for (int i = 0; i < 12; i++) {
                g.fillOval(size / 2 - 330 + i * 60, size - 118, 26, 26);
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
}
