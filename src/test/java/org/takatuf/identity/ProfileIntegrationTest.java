package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.identity.MemberFixtures.TestMember;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;
import org.takatuf.support.WebSession;

/** The account home, profile editing, avatar, password change and the public profile page. */
@IntegrationTest
class ProfileIntegrationTest {

    static final String MARKER = "GPS-CAMERA-AUTHOR-MARKER";

    @Autowired
    MockMvc mvc;
    @Autowired
    MemberFixtures fixtures;
    @Autowired
    OrganisationManagement organisations;
    @Autowired
    MemberManagement members;

    WebSession signedIn(TestMember member, String address) throws Exception {
        WebSession browser = new WebSession(mvc).from(address);
        SignInIntegrationTest.signIn(browser, member.email(), member.password());
        return browser;
    }

    @Test
    void theAccountHomeShowsNameEmailAndOrganisations() throws Exception {
        TestMember member = fixtures.member("home");
        String name = "جمعية الاختبار " + TestData.suffix();
        Organisation organisation = organisations.create(member.id(),
                new OrganisationForm(name, OrganisationKind.CHARITY, null, "عمّان", null, null));
        String html = signedIn(member, "10.5.0.1").perform(get("/me")).getResponse().getContentAsString();
        assertThat(html).contains(member.displayName()).contains(member.email()).contains(name)
                .contains("/organisations/" + organisation.getSlug()).contains("مدير")
                .contains("href=\"/me/profile\"").contains("href=\"/me/password\"").contains("href=\"/me/security\"")
                .contains("href=\"/me/tokens\"").contains("لا رموز فعّالة");
    }

    @Test
    void aMemberEditsTheProfileInArabicOrLatinLetters() throws Exception {
        TestMember member = fixtures.member("edit");
        WebSession browser = signedIn(member, "10.5.0.2");
        MvcResult saved = browser.perform(post("/me/profile").param("displayName", "سارة الأحمد")
                .param("city", "إربد").param("bio", "أحب التطوع في بنك الطعام.").param("languages", "العربية، English")
                .param("preferredLocale", "ar").with(csrf()));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/me?lang=ar");
        Member stored = fixtures.load(member.id());
        assertThat(stored.getDisplayName()).isEqualTo("سارة الأحمد");
        assertThat(stored.getCity()).isEqualTo("إربد");
        assertThat(stored.getLanguages()).isEqualTo("العربية، English");

        browser.perform(post("/me/profile").param("displayName", "Sara Al-Ahmad").param("city", "Irbid")
                .param("bio", "").param("languages", "").param("preferredLocale", "en").with(csrf()));
        stored = fixtures.load(member.id());
        assertThat(stored.getDisplayName()).isEqualTo("Sara Al-Ahmad");
        assertThat(stored.getBio()).isNull();
        assertThat(stored.getPreferredLocale().getLanguage()).isEqualTo("en");
    }

    @Test
    void badProfileInputIsA400WithAClearMessageAndChangesNothing() throws Exception {
        TestMember member = fixtures.member("bad-input");
        WebSession browser = signedIn(member, "10.5.0.3");
        MockHttpServletResponse script = browser.perform(post("/me/profile").param("displayName", "<script>alert(1)</script>")
                .param("preferredLocale", "ar").with(csrf())).getResponse();
        assertThat(script.getStatus()).isEqualTo(400);
        assertThat(script.getContentAsString()).contains("اكتب الاسم الظاهر بحروف عربية أو لاتينية")
                .doesNotContain("<script>alert(1)</script>");

        MockHttpServletResponse tooLong = browser.perform(post("/me/profile").param("displayName", "Sara")
                .param("bio", "x".repeat(1001)).param("preferredLocale", "fr").param("lang", "en").with(csrf())).getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("The bio is longer than 1000 characters.")
                .contains("This language is not supported.");
        assertThat(fixtures.load(member.id()).getDisplayName()).isEqualTo(member.displayName());
    }

    @Test
    void theAvatarIsReencodedWithoutMetadataAndServedWithNosniff() throws Exception {
        TestMember member = fixtures.member("avatar");
        WebSession browser = signedIn(member, "10.5.0.4");
        byte[] upload = jpegWithComment(MARKER);
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains(MARKER);

        MvcResult saved = browser.perform(multipart("/me/avatar")
                .file(new MockMultipartFile("avatar", "me.jpg", "image/jpeg", upload)).with(csrf()));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/me/profile");

        MockHttpServletResponse avatar = mvc.perform(get("/members/{id}/avatar", member.id().value())).andReturn().getResponse();
        assertThat(avatar.getStatus()).isEqualTo(200);
        assertThat(avatar.getContentType()).isEqualTo("image/jpeg");
        assertThat(avatar.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        byte[] served = avatar.getContentAsByteArray();
        assertThat(served[0] & 0xFF).isEqualTo(0xFF);
        assertThat(served[1] & 0xFF).isEqualTo(0xD8);
        assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain(MARKER);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served)).getWidth()).isEqualTo(40);
        // the picture's alt text names the member inside a translated sentence: the name is bidi-isolated
        String alt = "alt=\"صورة \u2068" + member.displayName() + "\u2069\"";
        assertThat(browser.perform(get("/me")).getResponse().getContentAsString()).contains(alt);
        assertThat(browser.perform(get("/me/profile")).getResponse().getContentAsString()).contains(alt);
        assertThat(mvc.perform(get("/members/{id}", member.id().value())).andReturn().getResponse().getContentAsString()).contains(alt);

        MockHttpServletResponse notAnImage = browser.perform(multipart("/me/avatar")
                .file(new MockMultipartFile("avatar", "me.jpg", "image/jpeg", "<svg onload=alert(1)>".getBytes()))
                .with(csrf())).getResponse();
        assertThat(notAnImage.getStatus()).isEqualTo(400);

        browser.perform(post("/me/avatar/remove").with(csrf()));
        assertThat(mvc.perform(get("/members/{id}/avatar", member.id().value())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void thePublicProfileShowsTheProfileButNeverTheEmail() throws Exception {
        TestMember member = fixtures.member("public");
        signedIn(member, "10.5.0.5").perform(post("/me/profile").param("displayName", "Omar")
                .param("city", "الزرقاء").param("bio", "متطوع").param("languages", "العربية").param("preferredLocale", "ar")
                .with(csrf()));
        MockHttpServletResponse page = mvc.perform(get("/members/{id}", member.id().value())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Omar").contains("الزرقاء").contains("متطوع").contains("العربية")
                .doesNotContain(member.email()).doesNotContain("@example.org");
    }

    @Test
    void unverifiedSuspendedAndUnknownMembersHaveNoPublicProfile() throws Exception {
        TestMember unverified = fixtures.unverified("hidden");
        TestMember suspended = fixtures.member("suspended-profile");
        members.disable(suspended.id());
        for (UUID id : new UUID[] {unverified.id().value(), suspended.id().value(), UUID.randomUUID()}) {
            assertThat(mvc.perform(get("/members/{id}", id)).andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(mvc.perform(get("/members/{id}/avatar", id)).andReturn().getResponse().getStatus()).isEqualTo(404);
        }
        assertThat(mvc.perform(get("/members/not-a-uuid")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndAGoodNewOne() throws Exception {
        TestMember member = fixtures.member("password");
        WebSession browser = signedIn(member, "10.5.0.6");
        MockHttpServletResponse wrongCurrent = browser.perform(post("/me/password").param("currentPassword", "not-it-at-all")
                .param("newPassword", "a-brand-new-password-77").with(csrf())).getResponse();
        assertThat(wrongCurrent.getStatus()).isEqualTo(400);
        assertThat(wrongCurrent.getContentAsString()).contains("كلمة المرور الحالية غير صحيحة");

        MockHttpServletResponse common = browser.perform(post("/me/password").param("currentPassword", member.password())
                .param("newPassword", "password123").with(csrf())).getResponse();
        assertThat(common.getStatus()).isEqualTo(400);

        assertThat(browser.perform(post("/me/password").param("currentPassword", member.password())
                .param("newPassword", "a-brand-new-password-77").with(csrf())).getResponse().getRedirectedUrl()).isEqualTo("/me");
        assertThat(SignInIntegrationTest.signIn(new WebSession(mvc).from("10.5.0.7"), member.email(), "a-brand-new-password-77")
                .getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(SignInIntegrationTest.signIn(new WebSession(mvc).from("10.5.0.8"), member.email(), member.password())
                .getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    static byte[] jpegWithComment(String comment) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(5, 5, 10, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        byte[] jpeg = out.toByteArray();
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream withComment = new ByteArrayOutputStream();
        withComment.write(jpeg, 0, 2); // SOI
        withComment.write(0xFF);
        withComment.write(0xFE); // COM segment, where tools put author and camera notes
        withComment.write((text.length + 2) >> 8);
        withComment.write((text.length + 2) & 0xFF);
        withComment.write(text);
        withComment.write(jpeg, 2, jpeg.length - 2);
        return withComment.toByteArray();
    }
}
