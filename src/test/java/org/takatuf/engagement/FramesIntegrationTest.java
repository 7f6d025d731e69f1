package org.takatuf.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.core.UserInputException;
import org.takatuf.engagement.internal.Frames;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.volunteering.VolunteeringFixtures;
import org.takatuf.volunteering.VolunteeringTestConfiguration;
import org.takatuf.support.IntegrationTest;
import static org.takatuf.support.TestImages.png;
import static org.takatuf.support.TestImages.write;

@IntegrationTest
@Import(VolunteeringTestConfiguration.class)
class FramesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VolunteeringFixtures fixtures;
    @Autowired
    Frames frames;

    UUID frame(CurrentMember admin, Organisation organisation) {
        return frames.create(admin.id(), organisation.organisationId(), "#كلنا_أكرم", "إطار التضامن", png(400, 400, true));
    }

    @Test
    void aMemberMakesAFramedProfilePictureAndTheAdoptionIsCounted() throws Exception {
        CurrentMember admin = fixtures.member("مصممة الإطار");
        Organisation organisation = fixtures.verifiedOrganisation(admin);
        UUID id = frame(admin, organisation);
        CurrentMember member = fixtures.member("متضامن");
        byte[] result = mvc.perform(multipart("/frames/{id}/apply", id).file("photo", png(300, 200, false))
                        .param("offsetX", "20").param("zoom", "120").with(user(member)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage framed = ImageIO.read(new ByteArrayInputStream(result));
        assertThat(framed.getWidth()).isEqualTo(Frames.SIZE);
        assertThat(framed.getHeight()).isEqualTo(Frames.SIZE);
        // the photo shows through the middle, the frame's band is on top
        // (the photo went through JPEG re-encoding: red within a few levels)
        Color middle = new Color(framed.getRGB(Frames.SIZE / 2, Frames.SIZE / 2));
        assertThat(middle.getRed()).isGreaterThan(240);
        assertThat(middle.getGreen() + middle.getBlue()).isLessThan(20);
        assertThat(new Color(framed.getRGB(Frames.SIZE / 2, 5))).isEqualTo(org.takatuf.support.TestImages.FRAME_COLOUR);
        assertThat(frames.find(id).orElseThrow().adoptions()).isEqualTo(1);
        mvc.perform(get("/frames/{id}", id)).andExpect(status().isOk()).andExpect(content().string(containsString("إطار التضامن")))
                .andExpect(content().string(containsString("og:image")));
        mvc.perform(get("/frames/{id}/overlay.png", id)).andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/tags/{t}", "كلنا_اكرم")).andExpect(content().string(containsString("/frames/" + id)));
    }

    @Test
    void noMetadataOfThePhotoSurvives() throws Exception {
        Path exiftool = Path.of("/usr/bin/exiftool");
        Assumptions.assumeTrue(Files.isExecutable(exiftool), "exiftool is not installed");
        CurrentMember admin = fixtures.member("مصمم");
        UUID id = frame(admin, fixtures.verifiedOrganisation(admin));
        BufferedImage photo = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Path file = Files.createTempFile("photo", ".jpg");
        Files.write(file, write(photo, "jpg"));
        run(exiftool.toString(), "-q", "-overwrite_original", "-GPSLatitude=30.0444", "-GPSLatitudeRef=N", "-GPSLongitude=31.2357",
                "-GPSLongitudeRef=E", "-Artist=Secret Person", "-Make=PhoneMaker", file.toString());
        assertThat(run(exiftool.toString(), file.toString())).contains("GPS Latitude", "Secret Person");
        byte[] result = mvc.perform(multipart("/frames/{id}/apply", id).file("photo", Files.readAllBytes(file))
                        .with(user(fixtures.member("صاحب الصورة"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path out = Files.createTempFile("framed", ".png");
        Files.write(out, result);
        assertThat(run(exiftool.toString(), out.toString())).doesNotContain("GPS", "Secret Person", "PhoneMaker");
        Files.delete(file);
        Files.delete(out);
    }

    @Test
    void onlyOrganisationAdminsDesignFramesAndBadUploadsAreRefused() throws Exception {
        CurrentMember admin = fixtures.member("مديرة الجهة");
        Organisation organisation = fixtures.verifiedOrganisation(admin);
        CurrentMember stranger = fixtures.member("غريب");
        assertThatThrownBy(() -> frames.create(stranger.id(), organisation.organisationId(), "#خير", "إطار", png(100, 100, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> frames.create(admin.id(), organisation.organisationId(), "#خير", "إطار", png(100, 100, false)))
                .isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> frames.create(admin.id(), organisation.organisationId(), "ليس وسما", "إطار", png(100, 100, true)))
                .isInstanceOf(UserInputException.class);
        UUID id = frame(admin, organisation);
        CurrentMember member = fixtures.member("عضو");
        mvc.perform(multipart("/frames/{id}/apply", id).file("photo", "not an image".getBytes(StandardCharsets.UTF_8))
                .with(user(member)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(multipart("/frames/{id}/apply", id).file("photo", png(10, 10, false)).param("zoom", "5000")
                .with(user(member)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(multipart("/frames/{id}/apply", UUID.randomUUID()).file("photo", png(10, 10, false))
                .with(user(member)).with(csrf())).andExpect(status().isNotFound());
        assertThat(frames.find(id).orElseThrow().adoptions()).isZero();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
