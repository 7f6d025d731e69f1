package org.takatuf.engagement.internal;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.files.FileStorage;
import org.takatuf.core.files.Uploads;
import org.takatuf.core.text.Hashtags;
import org.takatuf.engagement.FrameAdopted;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.OrganisationId;
import org.takatuf.identity.OrganisationManagement;

/**
 * Solidarity frames, the "electronic demonstration": an organisation uploads a transparent PNG overlay
 * for a hashtag or campaign; a member uploads a photo, positions it, and gets a square profile picture
 * with the frame on top. The photo is re-encoded first (no metadata survives), composed in memory with
 * Java2D and never stored; only the adoption is counted.
 */
@Service
public class Frames {

    public static final int SIZE = 800;
    static final String AREA = "frames";

    private final JdbcClient jdbc;
    private final FileStorage files;
    private final OrganisationManagement organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Frames(JdbcClient jdbc, FileStorage files, OrganisationManagement organisations, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    public record Frame(UUID id, UUID organisationId, String tag, String name, String overlayFile, long adoptions) {
    }

    /** Where the photo goes under the frame: offsets in -100..100 (% of the free room), zoom 100..300 %. */
    public record Placement(int offsetX, int offsetY, int zoom) {

        public Placement {
            if (offsetX < -100 || offsetX > 100 || offsetY < -100 || offsetY > 100 || zoom < 100 || zoom > 300) {
                throw new UserInputException("engagement.frame.placement");
            }
        }

        public static Placement centred() {
            return new Placement(0, 0, 100);
        }
    }

    @Transactional
    public UUID create(MemberId designer, OrganisationId organisation, String tag, String name, byte[] overlayPng) {
        if (!organisations.isAdmin(designer, organisation)) {
            throw new AccessDeniedException("only the organisation's admins design its frames");
        }
        String key = Hashtags.key(tag).orElseThrow(() -> new UserInputException("engagement.frame.tag"));
        String title = name == null ? "" : name.strip();
        if (title.isEmpty() || title.length() > 120) {
            throw new UserInputException("engagement.frame.name");
        }
        Uploads.Reencoded clean = Uploads.reencodeImage(overlayPng);
        if (clean.kind() != Uploads.Kind.PNG) {
            // an overlay without transparency would hide the photo entirely
            throw new UserInputException("engagement.frame.transparent");
        }
        String file = files.store(AREA, clean.bytes(), clean.kind().extension);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO engagement_frame (id, organisation_id, tag_key, name, overlay_file, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, organisation.value(), key, title, file, designer.value(), Timestamp.from(clock.instant())).update();
        return id;
    }

    public Optional<Frame> find(UUID id) {
        return jdbc.sql("SELECT id, organisation_id, tag_key, name, overlay_file, adoptions FROM engagement_frame WHERE id = ?")
                .param(id).query(Frames::frame).optional();
    }

    public List<Frame> forTag(String key) {
        return jdbc.sql("SELECT id, organisation_id, tag_key, name, overlay_file, adoptions FROM engagement_frame WHERE tag_key = ? ORDER BY adoptions DESC, name")
                .param(key).query(Frames::frame).list();
    }

    public List<Frame> all() {
        return jdbc.sql("SELECT id, organisation_id, tag_key, name, overlay_file, adoptions FROM engagement_frame ORDER BY adoptions DESC, name LIMIT 100")
                .query(Frames::frame).list();
    }

    public Optional<InputStream> overlay(Frame frame) {
        return files.open(AREA, frame.overlayFile());
    }

    /** The framed profile picture as PNG bytes; counts one adoption. */
    @Transactional
    public byte[] apply(UUID frameId, byte[] photo, Placement placement) {
        Frame frame = find(frameId).orElseThrow(() -> new NotFoundException("frame"));
        BufferedImage picture = read(Uploads.reencodeImage(photo).bytes());
        BufferedImage overlay;
        try (InputStream in = overlay(frame).orElseThrow(() -> new NotFoundException("frame"))) {
            overlay = ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] png = compose(picture, overlay, placement);
        long adoptions = jdbc.sql("UPDATE engagement_frame SET adoptions = adoptions + 1 WHERE id = ? RETURNING adoptions")
                .param(frameId).query(Long.class).single();
        events.publishEvent(new FrameAdopted(frameId, frame.tag(), adoptions));
        return png;
    }

    /** Photo scaled to cover the square (then zoomed), shifted by the placement, frame on top. */
    static byte[] compose(BufferedImage photo, BufferedImage overlay, Placement placement) {
        BufferedImage out = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            double cover = Math.max((double) SIZE / photo.getWidth(), (double) SIZE / photo.getHeight()) * placement.zoom() / 100.0;
            int w = (int) Math.ceil(photo.getWidth() * cover);
            int h = (int) Math.ceil(photo.getHeight() * cover);
            int roomX = w - SIZE;
            int roomY = h - SIZE;
            int x = -roomX / 2 - roomX * placement.offsetX() / 200;
            int y = -roomY / 2 - roomY * placement.offsetY() / 200;
            g.drawImage(photo, x, y, w, h, null);
            g.setComposite(AlphaComposite.SrcOver);
            g.drawImage(overlay, 0, 0, SIZE, SIZE, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new UserInputException("upload.unreadable");
            }
            return image;
        } catch (IOException e) {
            throw new UserInputException("upload.unreadable");
        }
    }

    private static Frame frame(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Frame(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6));
    }
}
