package org.takatuf.campaigns;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.activity.ActivityPublished;
import org.takatuf.core.files.FileStorage;
import org.takatuf.core.files.Uploads;
import org.takatuf.identity.MemberId;

/**
 * Updates the organiser posts on a campaign ("results photographed and distributed"), with up to four
 * photos, and the photos of the story (up to six). Photos are re-encoded, which strips their metadata.
 * Posting an update publishes {@link CampaignUpdatePosted} (donors and followers are notified) and an
 * {@link ActivityPublished} filed under the campaign and its organisation (followers' feeds).
 */
@Service
public class CampaignUpdates {

    public static final int MAX_TITLE = 150;
    public static final int MAX_TEXT = 5000;
    public static final int MAX_UPDATE_PHOTOS = 4;
    public static final int MAX_STORY_PHOTOS = 6;
    public static final int MAX_ALT = 300;
    static final String AREA = "campaigns";

    private final JdbcClient jdbc;
    private final CampaignManagement campaigns;
    private final FileStorage files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignUpdates(JdbcClient jdbc, CampaignManagement campaigns, FileStorage files, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** A photo as uploaded, with its alternative text. */
    public record PhotoUpload(byte[] bytes, String alt) {
    }

    public record Photo(UUID id, String alt) {
    }

    public record Update(UUID id, String title, String text, Instant createdAt, List<Photo> photos) {
    }

    /** A member of the campaign's organisation posts an update; answers its id. */
    @Transactional
    public UUID post(MemberId member, CampaignId campaignId, String title, String text, List<PhotoUpload> photos) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new NotFoundException("campaign"));
        campaigns.requireManager(member, campaign);
        String cleanTitle = title == null ? "" : title.strip();
        String cleanText = text == null ? "" : text.strip();
        if (cleanTitle.isEmpty()) {
            throw new UserInputException("campaigns.update.title.required");
        }
        if (cleanTitle.length() > MAX_TITLE) {
            throw new UserInputException("campaigns.update.title.too-long", MAX_TITLE);
        }
        if (cleanText.isEmpty()) {
            throw new UserInputException("campaigns.update.text.required");
        }
        if (cleanText.length() > MAX_TEXT) {
            throw new UserInputException("campaigns.update.text.too-long", MAX_TEXT);
        }
        List<PhotoUpload> given = photos == null ? List.of() : photos.stream().filter(p -> p.bytes() != null && p.bytes().length > 0).toList();
        if (given.size() > MAX_UPDATE_PHOTOS) {
            throw new UserInputException("campaigns.photos.too-many", MAX_UPDATE_PHOTOS);
        }
        List<Uploads.Reencoded> clean = reencode(given);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO campaign_update (id, campaign_id, author_id, title, body, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, campaignId.value(), member.value(), cleanTitle, cleanText, Timestamp.from(now)).update();
        store(campaignId, id, given, clean, 0);
        String link = "/campaigns/" + campaignId.value() + "#update-" + id;
        events.publishEvent(new CampaignUpdatePosted(campaignId.value(), id, campaign.organisationId().value(), cleanTitle, cleanText,
                link, now));
        events.publishEvent(new ActivityPublished(id, "campaigns.update",
                List.of(ActivityPublished.Source.of("campaign", campaignId.value()),
                        ActivityPublished.Source.of("organisation", campaign.organisationId().value())),
                member.value(), cleanTitle, cleanText, link, now));
        return id;
    }

    /** A member of the campaign's organisation adds photos to the story (at most six in all). */
    @Transactional
    public void addStoryPhotos(MemberId member, CampaignId campaignId, List<PhotoUpload> photos) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new NotFoundException("campaign"));
        campaigns.requireManager(member, campaign);
        List<PhotoUpload> given = photos == null ? List.of() : photos.stream().filter(p -> p.bytes() != null && p.bytes().length > 0).toList();
        int existing = jdbc.sql("SELECT count(*) FROM campaign_photo WHERE campaign_id = ? AND update_id IS NULL")
                .param(campaignId.value()).query(Integer.class).single();
        if (existing + given.size() > MAX_STORY_PHOTOS) {
            throw new UserInputException("campaigns.photos.too-many", MAX_STORY_PHOTOS);
        }
        store(campaignId, null, given, reencode(given), existing);
    }

    /** Refuses, before anything is stored, more than {@code max} photos or one that is not a readable JPEG or PNG. */
    public void check(List<PhotoUpload> photos, int max) {
        if (photos.size() > max) {
            throw new UserInputException("campaigns.photos.too-many", max);
        }
        reencode(photos);
    }

    private static List<Uploads.Reencoded> reencode(List<PhotoUpload> given) {
        List<Uploads.Reencoded> clean = new ArrayList<>();
        for (PhotoUpload p : given) {
            if (p.alt() != null && p.alt().length() > MAX_ALT) {
                throw new UserInputException("campaigns.photos.alt-too-long", MAX_ALT);
            }
            clean.add(Uploads.reencodeImage(p.bytes()));
        }
        return clean;
    }

    private void store(CampaignId campaignId, UUID updateId, List<PhotoUpload> given, List<Uploads.Reencoded> clean, int from) {
        for (int i = 0; i < clean.size(); i++) {
            Uploads.Reencoded r = clean.get(i);
            String key = files.store(AREA, r.bytes(), r.kind().extension);
            String alt = given.get(i).alt() == null ? "" : given.get(i).alt().strip();
            jdbc.sql("""
                            INSERT INTO campaign_photo (id, campaign_id, update_id, position, storage_key, content_type, alt)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), campaignId.value(), updateId, from + i, key, r.kind().contentType, alt).update();
        }
    }

    /** The campaign's updates, newest first, with their photos. */
    @Transactional(readOnly = true)
    public List<Update> of(CampaignId campaignId) {
        Map<UUID, List<Photo>> photos = new HashMap<>();
        jdbc.sql("SELECT id, update_id, alt FROM campaign_photo WHERE campaign_id = ? AND update_id IS NOT NULL ORDER BY position")
                .param(campaignId.value())
                .query(rs -> {
                    photos.computeIfAbsent(rs.getObject("update_id", UUID.class), k -> new ArrayList<>())
                            .add(new Photo(rs.getObject("id", UUID.class), rs.getString("alt")));
                });
        return jdbc.sql("SELECT id, title, body, created_at FROM campaign_update WHERE campaign_id = ? ORDER BY created_at DESC, id")
                .param(campaignId.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Update(id, rs.getString("title"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
                            List.copyOf(photos.getOrDefault(id, List.of())));
                }).list();
    }

    /** The story's photos in order. */
    @Transactional(readOnly = true)
    public List<Photo> storyPhotos(CampaignId campaignId) {
        return jdbc.sql("SELECT id, alt FROM campaign_photo WHERE campaign_id = ? AND update_id IS NULL ORDER BY position")
                .param(campaignId.value()).query((rs, n) -> new Photo(rs.getObject("id", UUID.class), rs.getString("alt"))).list();
    }

    /** Whether an update exists and belongs to a campaign (comments on updates). */
    @Transactional(readOnly = true)
    public Optional<UUID> campaignOfUpdate(UUID updateId) {
        return jdbc.sql("SELECT campaign_id FROM campaign_update WHERE id = ?").param(updateId).query(UUID.class).optional();
    }

    /** A stored photo of the campaign: content type and bytes. */
    public record PhotoFile(String contentType, InputStream content) {
    }

    @Transactional(readOnly = true)
    public Optional<PhotoFile> photo(CampaignId campaignId, UUID photoId) {
        return jdbc.sql("SELECT storage_key, content_type FROM campaign_photo WHERE id = ? AND campaign_id = ?")
                .params(photoId, campaignId.value())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .flatMap(r -> files.open(AREA, r[0]).map(in -> new PhotoFile(r[1], in)));
    }
}
