package org.takatuf.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.core.files.FileStorage;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.support.IntegrationTest;

/**
 * Photos of a report (quality line 16): stored re-encoded without GPS, camera or author metadata (checked
 * with exiftool on the stored file), refused by their bytes when not an image, and never public
 * unless the reporter ticked the consent box for photos and the case is published.
 */
@IntegrationTest
@Import(CasesTestConfiguration.class)
class CasePhotosIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CasesFixtures fixtures;
    @Autowired
    CaseManagement cases;
    @Autowired
    FileStorage files;
    @Autowired
    JdbcClient jdbc;

    @Test
    void storedPhotosCarryNoMetadataAndArePublicOnlyWithConsent() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/exiftool")), "exiftool (libimage-exiftool-perl) not installed");
        Path photo = Files.createTempFile("family-", ".jpg");
        Path stored = Files.createTempFile("stored-", ".jpg");
        try {
            Files.write(photo, jpeg());
            exiftool("-overwrite_original", "-GPSLatitude=33.8938", "-GPSLatitudeRef=N", "-GPSLongitude=35.5018",
                    "-GPSLongitudeRef=E", "-Make=PhoneMaker", "-Model=Phone 12", "-Artist=Reporter Name", photo.toString());
            assertThat(exiftool("-GPSLatitude", "-Model", photo.toString())).contains("GPS Latitude").contains("Phone 12");

            CurrentMember admin = fixtures.member("photo-org");
            Organisation organisation = fixtures.organisation(admin, true, CasesFixtures.BEIRUT_FOOD);
            UUID withoutConsent = send(Files.readAllBytes(photo), false);
            UUID withConsent = send(Files.readAllBytes(photo), true);

            String name = jdbc.sql("SELECT stored_name FROM case_photo WHERE case_id = ?").param(withoutConsent).query(String.class).single();
            try (InputStream in = files.open("cases", name).orElseThrow()) {
                Files.write(stored, in.readAllBytes());
            }
            String remaining = exiftool("-a", "-G1", stored.toString());
            assertThat(remaining).doesNotContain("GPS").doesNotContain("Phone 12").doesNotContain("PhoneMaker")
                    .doesNotContain("Reporter Name");

            for (UUID id : List.of(withoutConsent, withConsent)) {
                cases.claim(admin.id(), organisation, id);
                cases.verify(admin.id(), organisation, id, "زيارة", null);
                cases.publish(admin.id(), organisation, id, null);
            }
            UUID hidden = cases.photos(withoutConsent).getFirst();
            UUID shown = cases.photos(withConsent).getFirst();
            mvc.perform(get("/cases/" + withoutConsent + "/photos/" + hidden)).andExpect(status().isNotFound());
            mvc.perform(get("/cases/" + withoutConsent)).andExpect(content().string(not(
                    containsString(hidden.toString()))));
            // the organisation working on it sees it
            mvc.perform(get("/cases/" + withoutConsent + "/photos/" + hidden).with(user(admin))).andExpect(status().isOk());
            mvc.perform(get("/cases/" + withConsent + "/photos/" + shown))
                    .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
            mvc.perform(get("/cases/" + withConsent)).andExpect(content().string(containsString(shown.toString())));
        } finally {
            Files.deleteIfExists(photo);
            Files.deleteIfExists(stored);
        }
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWithAMessage() throws Exception {
        MockMultipartFile fake = new MockMultipartFile("photos", "photo.jpg", "image/jpeg",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/cases").file(fake).with(csrf()).param("category", "food").param("urgency", "high")
                        .param("city", "beirut").param("householdSize", "3").param("summary", "أسرة تحتاج مساعدة عاجلة")
                        .param("reporterContact", "someone@example.org"))
                .andExpect(status().isBadRequest());
    }

    UUID send(byte[] jpeg, boolean consent) throws Exception {
        MvcResult result = mvc.perform(multipart("/cases").file(new MockMultipartFile("photos", "family.jpg", "image/jpeg", jpeg))
                        .with(csrf()).param("category", "food").param("urgency", "high").param("city", "beirut")
                        .param("householdSize", "3").param("summary", "أسرة تحتاج مساعدة عاجلة مع صورة")
                        .param("reporterContact", "photo-reporter@example.org").param("consentSummary", "true")
                        .param("consentPhotos", String.valueOf(consent)).param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return (UUID) result.getFlashMap().get("caseId");
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
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/exiftool"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
