package org.takatuf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public pages in a real browser, in both languages, on a phone-sized and a desktop window. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void homeSignUpAndSignInPagesRenderInArabicAndEnglish() throws Exception {
        try (Browser phone = new Browser("http://localhost:" + port, 412, 915)) {
            for (String lang : new String[] {"ar", "en"}) {
                phone.open("/?lang=" + lang);
                assertThat(phone.attribute("html", "dir")).isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
                assertThat(phone.text()).contains(lang.equals("ar") ? "تكاتف" : "Takatuf");
                assertThat(phone.text()).doesNotContain("??", "Exception");
                phone.screenshot("home-phone-" + lang);
                phone.open("/signup");
                phone.screenshot("signup-" + lang);
                phone.open("/login");
                phone.screenshot("login-" + lang);
                phone.open("/this-page-does-not-exist");
                assertThat(phone.text()).doesNotContain("Exception", "Whitelabel");
                phone.screenshot("not-found-" + lang);
            }
        }
        try (Browser desktop = new Browser("http://localhost:" + port, 1280, 900)) {
            desktop.open("/?lang=ar").screenshot("home-desktop-ar");
            desktop.open("/?lang=en").screenshot("home-desktop-en");
        }
    }
}
