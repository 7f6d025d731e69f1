package org.takatuf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.takatuf.exchange.internal.Category;
import org.takatuf.exchange.internal.Condition;
import org.takatuf.exchange.internal.ExchangeCity;
import org.takatuf.exchange.internal.ListingDraft;
import org.takatuf.exchange.internal.ListingKind;
import org.takatuf.exchange.internal.ListingManagement;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.support.TestData;

/**
 * Issue 8 end to end in a real browser, in Arabic and in English. Exchange: a member posts an ask, is
 * shown the matching offer with its reasons, reserves it, writes to the giver; both agree (the numbers
 * appear only then) and both confirm the hand-over, which then counts for the giver. Support local: an
 * owner opens a business page, another member endorses it, and a third finds it through the site search.
 * Screenshots: {@code target/screenshots/exchange-NN-what-<lang>.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExchangeAndLocalBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountProvisioning accounts;
    @Autowired
    ListingManagement listings;

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void askMatchReserveMessageAgreeAndConfirm(String lang) throws Exception {
        boolean ar = lang.equals("ar");
        Locale locale = Locale.forLanguageTag(lang);
        // each language in its own city, so that the other run and other tests stay out of the matches
        ExchangeCity city = ar ? ExchangeCity.JOUNIEH : ExchangeCity.BYBLOS;
        String giverEmail = TestData.email("giver-" + lang);
        String askerEmail = TestData.email("asker-" + lang);
        String giverName = (ar ? "جورج الحداد " : "George Haddad ") + TestData.suffix();
        UUID giver = accounts.createVerified(giverEmail, TestData.PASSWORD, giverName, null, null, locale).value();
        accounts.createVerified(askerEmail, TestData.PASSWORD, ar ? "زينب فقيه" : "Zeinab Fakih", null, null, locale);
        String offerTitle = (ar ? "سرير أطفال خشبي مع فرشة " : "Wooden cot with mattress ") + TestData.suffix();
        listings.post(giver, new ListingDraft(ListingKind.OFFER_THING, Category.BABY, Condition.GOOD, false, offerTitle,
                ar ? "بحالة جيدة" : "In good shape", null, null, city, ar ? "ساحل علما" : "Old souk", null), List.of(), null);
        String base = "http://localhost:" + port;

        try (Browser asker = new Browser(base, 1280, 1000); Browser giverBrowser = new Browser(base, 1280, 1000)) {
            asker.signIn(askerEmail, TestData.PASSWORD, lang);
            asker.open("/exchange");
            assertThat(asker.attribute("html", "dir")).isEqualTo(ar ? "rtl" : "ltr");
            asker.screenshot("exchange-01-board-" + lang);
            asker.click("a[href*='/exchange/new?kind=ask-thing']");
            assertThat(asker.find("#kind-ask-thing").isSelected()).isTrue();
            String askTitle = (ar ? "أحتاج سرير أطفال لمولود جديد " : "I need a cot for a newborn ") + TestData.suffix();
            asker.type("#title", askTitle);
            asker.type("#description", ar ? "مولودنا الثالث على الطريق." : "Our third baby is on the way.");
            new Select(asker.find("#category")).selectByValue("baby");
            new Select(asker.find("#city")).selectByValue(city.key());
            asker.type("#area", ar ? "ساحل علما" : "Old souk");
            asker.screenshot("exchange-02-ask-form-" + lang);
            asker.click("form[action$='/exchange/listings'] button[type=submit]");
            assertThat(asker.path()).startsWith("/exchange/listings/");
            assertThat(asker.text()).contains(askTitle).contains(ar ? "عروض تناسب طلبك" : "Offers that fit your ask")
                    .contains(offerTitle).contains(ar ? "في الحي نفسه: ساحل علما" : "Same area: Old souk");
            asker.screenshot("exchange-03-ask-with-match-" + lang);

            asker.click("#matches form button[type=submit]");
            assertThat(asker.path()).startsWith("/exchange/handovers/");
            String thread = asker.path();
            asker.type("#body", ar ? "مرحبًا، رقمي 70 123 456 متى يناسبك؟" : "Hello, my number is 70 123 456, when suits you?");
            asker.click("form[action$='/messages'] button[type=submit]");
            assertThat(asker.text()).doesNotContain("70 123 456").contains("•••");

            giverBrowser.signIn(giverEmail, TestData.PASSWORD, lang);
            giverBrowser.open("/exchange/me");
            assertThat(giverBrowser.text()).contains(offerTitle);
            giverBrowser.screenshot("exchange-04-giver-space-" + lang);
            giverBrowser.open(thread);
            assertThat(giverBrowser.text()).doesNotContain("70 123 456").contains(ar ? "أنت تعطي" : "You give");
            giverBrowser.type("#contact", "+961 3 555 010");
            giverBrowser.click("form[action$='/agree'] button[type=submit]");
            assertThat(giverBrowser.text()).contains(ar ? "وافقت. ننتظر موافقة الطرف الآخر." : "You agreed. Waiting for the other side.");

            asker.open(thread);
            assertThat(asker.text()).doesNotContain("+961 3 555 010");
            asker.screenshot("exchange-05-before-agreement-" + lang);
            asker.type("#contact", ar ? "قرب الكنيسة بعد الخامسة" : "By the church after five");
            asker.click("form[action$='/agree'] button[type=submit]");
            assertThat(asker.find("#counterpart-contact").getText()).contains("+961 3 555 010");
            assertThat(asker.text()).contains("70 123 456");
            asker.screenshot("exchange-06-agreed-contacts-" + lang);
            asker.click("form[action$='/confirm'] button[type=submit]");
            giverBrowser.open(thread);
            giverBrowser.click("form[action$='/confirm'] button[type=submit]");
            assertThat(giverBrowser.find("#handover-status").getText())
                    .isEqualTo(ar ? "سُلّم وأكّده الطرفان" : "Handed over, confirmed by both");
            giverBrowser.screenshot("exchange-07-handed-over-" + lang);
            giverBrowser.open("/exchange/me");
            assertThat(giverBrowser.find("#my-impact").getText())
                    .contains(ar ? "عائلة واحدة تلقّت المساعدة" : "One family helped");
            giverBrowser.screenshot("exchange-08-impact-" + lang);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void openABusinessPageGetAnEndorsementAndFindItThroughSearch(String lang) throws Exception {
        boolean ar = lang.equals("ar");
        Locale locale = Locale.forLanguageTag(lang);
        String ownerEmail = TestData.email("owner-" + lang);
        String fanEmail = TestData.email("fan-" + lang);
        accounts.createVerified(ownerEmail, TestData.PASSWORD, ar ? "سلمى عودة" : "Salma Odeh", null, null, locale);
        String fanName = (ar ? "هديل شحادة " : "Hadeel Shehadeh ") + TestData.suffix();
        accounts.createVerified(fanEmail, TestData.PASSWORD, fanName, null, null, locale);
        String word = TestData.suffix();
        String name = (ar ? "حجابات سلمى المطرّزة " : "Salma's embroidered hijabs ") + word;
        String base = "http://localhost:" + port;
        try (Browser owner = new Browser(base, 1280, 1000); Browser fan = new Browser(base, 1280, 1000)) {
            owner.signIn(ownerEmail, TestData.PASSWORD, lang);
            owner.open("/local");
            owner.screenshot("exchange-11-local-" + lang);
            owner.click("a[href$='/local/new']");
            owner.type("#name", name);
            owner.type("#story", ar ? "بدأت في الحجر بمنشور واحد و«منشن» من صديقة." : "Started during lockdown with one post and a mention.");
            new Select(owner.find("#category")).selectByValue("hijabs");
            new Select(owner.find("#city")).selectByValue("amman");
            check(owner, "#homeBased");
            check(owner, "#womenOwned");
            owner.type("#whatsapp", "+962 79 555 6677");
            owner.type("#instagram", "@salma.hijabs");
            owner.type("#openingHours", ar ? "السبت إلى الخميس" : "Saturday to Thursday");
            owner.screenshot("exchange-12-business-form-" + lang);
            owner.click("main form button[type=submit]");
            assertThat(owner.path()).startsWith("/local/");
            String page = owner.path();
            owner.type("#product-name", ar ? "حجاب شيفون" : "Chiffon hijab");
            owner.type("#product-price", "6");
            owner.click("form[action$='/products'] button[type=submit]");
            assertThat(owner.text()).contains(ar ? "حجاب شيفون" : "Chiffon hijab").contains(ar ? "مشروع منزلي" : "Home-based");
            owner.screenshot("exchange-13-business-page-" + lang);

            fan.signIn(fanEmail, TestData.PASSWORD, lang);
            fan.open(page);
            fan.type("#line", ar ? "دعمتها في الحجر وأدعمها اليوم" : "Supported her in lockdown, still do");
            fan.click("form[action$='/endorse'] button[type=submit]");
            assertThat(fan.find("#endorsement-count").getText()).contains(ar ? "تزكية واحدة" : "One endorsement");
            assertThat(fan.text()).contains(fanName);
            fan.screenshot("exchange-14-endorsed-" + lang);

            fan.open("/search?q=" + java.net.URLEncoder.encode((ar ? "حجابات سلمى المطرزه " : "embroidered hijabs ") + word,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(fan.text()).contains(name);
            fan.screenshot("exchange-15-found-in-search-" + lang);
        }
    }



    private static void check(Browser b, String css) {
        WebElement box = b.find(css);
        if (!box.isSelected()) {
            ((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", box);
            box.click();
        }
        assertThat(box.isSelected()).isTrue();
    }
}
