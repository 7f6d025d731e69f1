package org.takatuf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.takatuf.community.internal.Events;
import org.takatuf.community.internal.Groups;
import org.takatuf.core.text.Bidi;
import org.takatuf.engagement.internal.Comments;
import org.takatuf.engagement.internal.Follows;
import org.takatuf.engagement.internal.Frames;
import org.takatuf.identity.CurrentMember;
import org.takatuf.notifications.internal.Inbox;
import org.takatuf.support.Eventually;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.VolunteeringFixtures;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/**
 * Issue 6 end to end in a real browser, in Arabic and in English: a runner joins the Cairo runners'
 * group, registers for the Friday run, comments on it (the htmx comment component) and, once the
 * organiser replies, sees the reply in her notifications with the unread count in the layout; she
 * follows a hashtag and makes a framed profile picture. Each step leaves a screenshot
 * {@code target/screenshots/community-NN-what-<lang>.png}; the framed picture itself is saved beside them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(VolunteeringTestConfiguration.class)
class CommunityBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    VolunteeringFixtures fixtures;
    @Autowired
    Groups groups;
    @Autowired
    Events events;
    @Autowired
    Comments comments;
    @Autowired
    Follows follows;
    @Autowired
    Frames frames;
    @Autowired
    Inbox inbox;
    @Autowired
    org.takatuf.engagement.internal.Feed feed;
    @Autowired
    org.takatuf.campaigns.CampaignManagement campaigns;

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void joinRegisterCommentGetAReplyFollowAHashtagAndMakeAFramedPicture(String lang) throws Exception {
        Assumptions.assumeTrue(Browser.available(), "chromium is not installed");
        boolean ar = lang.equals("ar");
        CurrentMember organiser = fixtures.member("يوسف عبد الرحمن");
        Groups.Group group = groups.create(organiser, new Groups.Form((ar ? "عدّائو القاهرة " : "Cairo Runners ") + TestData.suffix(),
                ar ? "نجري معًا كل جمعة في الصباح الباكر. #عدائو_القاهرة" : "We run together every Friday at dawn. #عدائو_القاهرة",
                ar ? "احترم الطريق. لا تترك أحدًا خلفك." : "Respect the road. Leave nobody behind.", ar ? "القاهرة" : "Cairo", "PUBLIC", false), null);
        LocalDate friday = LocalDate.now(ZoneId.of("Africa/Cairo")).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        UUID run = events.create(organiser, new Events.Form(ar ? "جري الجمعة الأسبوعي" : "Weekly Friday run",
                ar ? "٨ كم بإيقاع مريح ثم إفطار خفيف." : "8 km at an easy pace, then a light breakfast.",
                ar ? "حديقة الأزهر، بوابة صلاح سالم" : "Al-Azhar Park, Salah Salem gate", null, friday, LocalTime.of(6, 30), 90, 300,
                group.id(), 4, "Africa/Cairo")).getFirst();
        CurrentMember designer = fixtures.member("مصممة");
        var organisation = fixtures.verifiedOrganisation(designer);
        UUID frame = frames.create(designer.id(), organisation.organisationId(), "#كلنا_أكرم", ar ? "إطار كلنا أكرم" : "We are all Akram frame",
                org.takatuf.support.TestImages.png(400, 400, true));
        CurrentMember runner = fixtures.member(ar ? "هدى المصري" : "Huda Masri");

        try (Browser b = new Browser("http://localhost:" + port, 1280, 900)) {
            b.open("/login?lang=" + lang);
            b.type("#email", runner.email()).type("#password", TestData.PASSWORD);
            b.click("main form button[type=submit]");

            b.open("/groups?lang=" + lang);
            assertThat(b.text()).contains(group.name());
            b.screenshot("community-01-groups-" + lang);

            b.open("/groups/" + group.slug());
            b.click("form[action$='/join'] button");
            waitFor(b, ".alert-success");
            assertThat(b.text()).contains(ar ? "انضممت إلى المجموعة" : "You joined the group");
            b.screenshot("community-02-joined-group-" + lang);

            b.open("/events/" + run);
            b.click("form[action$='/register'] button");
            waitFor(b, ".alert-success");
            assertThat(b.text()).contains(ar ? "سُجّلت" : "You are registered");
            waitFor(b, "#comment-body");
            b.screenshot("community-03-registered-" + lang);

            b.type("#comment-body", ar ? "أول جري لي! هل من رفيق؟ #عدائو_القاهرة #كلنا_أكرم" : "My first run! Anyone to run with? #عدائو_القاهرة #كلنا_أكرم");
            WebElement thread = b.find("#comments");
            scrollTo(b, b.find("#comments form button[type=submit]"));
            b.find("#comments form button[type=submit]").click();
            b.awaitGone(thread);
            assertThat(b.find("#comments").getText()).contains(ar ? "أول جري لي" : "My first run");
            b.screenshot("community-04-commented-" + lang);

            UUID mine = comments.thread("event", run, runner).getFirst().id();
            comments.post(organiser, new Comments.Draft("event", run, mine, ar ? "أهلًا بك! نلتقي عند البوابة ٦:١٥" : "Welcome! Meet us at the gate at 6:15",
                    null, null));
            Eventually.until(() -> inbox.unread(runner.uuid()), n -> n == 1);
            b.open("/events/" + run);
            WebElement badge = waitFor(b, ".d-lg-flex .unread-count");
            assertThat(badge.getText()).isEqualTo("1");
            b.open("/notifications");
            // the replier's name is bidi-isolated inside the sentence (FSI … PDI), in both languages
            String replier = Bidi.isolate("يوسف عبد الرحمن");
            assertThat(b.text()).contains(ar ? "ردّ " + replier + " على تعليقك" : replier + " replied to your comment");
            b.screenshot("community-05-reply-notification-" + lang);
            b.click("li.notification form button");
            assertThat(b.path()).isEqualTo("/events/" + run);

            String tag = "كلنا_اكرم";
            Eventually.until(() -> feed.taggedCount(tag), n -> n >= 1);
            b.open("/tags/" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
            b.click("form[action$='/follow'] button");
            assertThat(follows.follows(runner.id(), "tag", tag)).isTrue();
            b.screenshot("community-06-following-hashtag-" + lang);

            b.open("/frames/" + frame);
            Path photo = Files.createTempFile("runner", ".png");
            Files.write(photo, org.takatuf.support.TestImages.png(600, 400, false));
            b.driver().findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
            // the live preview draws the photo under the frame, and draws again as the sliders move
            WebElement canvas = waitFor(b, "canvas.frame-canvas");
            new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(d -> canvas.getAttribute("data-draws") != null);
            int drawn = Integer.parseInt(canvas.getAttribute("data-draws"));
            ((JavascriptExecutor) b.driver()).executeScript(
                    "var z = document.getElementById('zoom'); z.value = '180'; z.dispatchEvent(new Event('input'));"
                            + "var x = document.getElementById('offsetX'); x.value = '40'; x.dispatchEvent(new Event('input'));");
            new WebDriverWait(b.driver(), Duration.ofSeconds(5)).until(d -> Integer.parseInt(canvas.getAttribute("data-draws")) >= drawn + 2);
            assertThat(canvas.getAttribute("data-placement")).isEqualTo("40,0,180");
            // the canvas holds the photo's pixels (not only the overlay's transparent middle)
            Object alpha = ((JavascriptExecutor) b.driver()).executeScript(
                    "var c = arguments[0].getContext('2d'); return c.getImageData(400, 400, 1, 1).data[3];", canvas);
            assertThat(((Number) alpha).intValue()).isEqualTo(255);
            b.screenshot("community-07-frame-" + lang);
            b.find("form[action$='/apply'] button").click();
            Eventually.until(() -> frames.find(frame).orElseThrow().adoptions(), n -> n == 1);
            Files.delete(photo);
            // the picture the member downloads, kept to be looked at
            Files.write(Path.of("target", "screenshots", "community-08-framed-picture-" + lang + ".png"),
                    frames.apply(frame, org.takatuf.support.TestImages.png(600, 400, false), Frames.Placement.centred()));

            // following an organisation (the htmx button) brings its new campaign into the feed
            b.open("/organisations/" + organisation.getSlug());
            waitFor(b, ".follow-button .follower-count");
            b.click(".follow-button form button");
            WebElement following = waitFor(b, ".follow-button .follower-count");
            assertThat(following.getText()).isEqualTo(ar ? "متابع واحد" : "1 follower");
            assertThat(follows.follows(runner.id(), "organisation", organisation.getId().toString())).isTrue();
            b.screenshot("community-09-following-organisation-" + lang);
            String title = (ar ? "بطانيات الشتاء " : "Winter blankets ") + TestData.suffix();
            campaigns.create(designer.id(), new org.takatuf.campaigns.CampaignForm(organisation.getSlug(),
                    org.takatuf.campaigns.CampaignKind.FUNDRAISING, title, ar ? "ندفئ ٢٠٠ أسرة هذا الشتاء" : "Warming 200 families this winter",
                    "1000", "SAR", null, null, "", "Al Rajhi", "SA0380000000608010167519", organisation.getName()));
            Eventually.until(() -> feed.of(runner.id(), null).entries().stream().anyMatch(e -> e.title().equals(title)), found -> found);
            b.open("/feed");
            assertThat(b.text()).contains(title).contains(ar ? "إطلاق حملة" : "Campaign launched");
            b.screenshot("community-10-feed-campaign-" + lang);
        }
    }

    private static WebElement waitFor(Browser b, String css) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }


    private static void scrollTo(Browser b, WebElement element) {
        ((JavascriptExecutor) b.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});", element);
    }
}
