package org.takatuf.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.exchange.internal.Boards;
import org.takatuf.exchange.internal.Category;
import org.takatuf.exchange.internal.ExchangeCity;
import org.takatuf.exchange.internal.Handovers;
import org.takatuf.exchange.internal.Listing;
import org.takatuf.exchange.internal.ListingManagement;
import org.takatuf.exchange.internal.ListingMatching;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.CurrentMember;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestAccounts;
import org.takatuf.support.TestData;

/** The exchange of issue 8 through its pages and services, with two (or three) real accounts. */
@IntegrationTest
class ExchangeIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    ListingManagement listings;
    @Autowired
    ListingMatching matching;
    @Autowired
    Handovers handovers;
    @Autowired
    Boards boards;
    @Autowired
    JdbcClient jdbc;

    CurrentMember member(String who) {
        return TestAccounts.create(accounts, who);
    }

    List<String> notices(CurrentMember m) {
        return jdbc.sql("SELECT message_key FROM exchange_notice WHERE member_id = ?").param(m.uuid()).query(String.class).list();
    }

    @Test
    void aMemberPostsEachKindThroughTheFormAndADoubleSubmitPostsOnce() throws Exception {
        CurrentMember a = member("poster");
        mvc.perform(get("/exchange/new").param("kind", "ask-thing").with(user(a))).andExpect(status().isOk())
                .andExpect(content().string(containsString("أطلب شيئًا")));
        String title = "معطف شتوي لطفل " + TestData.suffix();
        String token = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(multipart("/exchange/listings").with(user(a)).with(csrf()).param("token", token).param("kind", "offer-thing")
                            .param("category", "clothes").param("condition", "like-new").param("swap", "true")
                            .param("wantedInReturn", "حذاء مقاس ٣٢").param("title", title).param("city", "beirut").param("area", "الأشرفية"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(listings.mine(a.uuid())).extracting(Listing::getTitle).containsExactly(title);
        Listing l = listings.mine(a.uuid()).getFirst();
        assertThat(l.isSwap()).isTrue();
        assertThat(l.getWantedInReturn()).isEqualTo("حذاء مقاس ٣٢");
        mvc.perform(get("/exchange/listings/{id}", l.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString(title))).andExpect(content().string(containsString("للمقايضة")))
                .andExpect(content().string(containsString("حذاء مقاس ٣٢")))
                .andExpect(content().string(containsString("<meta property=\"og:url\" content=\"")))
                .andExpect(content().string(containsString("/engage/comments?type=listing&amp;id=" + l.getId())))
                .andExpect(content().string(containsString("ref%3Dtelegram")))
                .andExpect(content().string(not(containsString("name=\"ref\""))));
        // a visit through a share link carries the form that counts it
        mvc.perform(get("/exchange/listings/{id}", l.getId()).param("ref", "telegram"))
                .andExpect(content().string(containsString("name=\"ref\" value=\"telegram\"")));

        mvc.perform(multipart("/exchange/listings").with(user(a)).with(csrf()).param("token", UUID.randomUUID().toString())
                        .param("kind", "job").param("category", "repairs").param("title", "تصليح براد " + TestData.suffix())
                        .param("pay", "٢٠ دولارًا").param("city", "tripoli"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/exchange/listings").with(user(a)).with(csrf()).param("token", UUID.randomUUID().toString())
                        .param("kind", "offer-service").param("category", "tutoring").param("title", "دروس رياضيات " + TestData.suffix())
                        .param("city", "sidon"))
                .andExpect(status().is3xxRedirection());
        assertThat(listings.mine(a.uuid())).hasSize(3);
    }

    @Test
    void badInputIsA400ThatKeepsWhatWasTypedAndProhibitedItemsAreRefused() throws Exception {
        CurrentMember a = member("typo");
        mvc.perform(multipart("/exchange/listings").with(user(a)).with(csrf()).param("kind", "offer-thing").param("category", "clothes")
                        .param("condition", "good").param("swap", "true").param("title", "فستان عيد").param("description", "مقاس ٨ سنوات")
                        .param("city", "amman"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("اكتب ما تريده بالمقابل في المقايضة.")))
                .andExpect(content().string(containsString("فستان عيد"))).andExpect(content().string(containsString("مقاس ٨ سنوات")));
        mvc.perform(multipart("/exchange/listings").with(user(a)).with(csrf()).param("kind", "offer-thing").param("category", "other")
                        .param("condition", "good").param("title", "أدوية ضغط فائضة").param("city", "amman").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This item cannot be offered or asked for on the platform")));
        mvc.perform(multipart("/exchange/listings").with(user(a)).with(csrf()).param("kind", "ask-thing").param("category", "other")
                        .param("title", "بدي مسدس").param("city", "amman"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("لا يُسمح بعرض هذا الصنف")));
        mvc.perform(multipart("/exchange/listings").with(user(a)).with(csrf()).param("kind", "nonsense").param("title", "x"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("اختر نوع الإعلان.")));
        assertThat(listings.mine(a.uuid())).isEmpty();
        mvc.perform(get("/exchange/listings/{id}", "not-a-uuid")).andExpect(status().isBadRequest());
        mvc.perform(get("/exchange/listings/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void anAskIsShownTheOffersThatFitWithReasonsAndBothSidesAreTold() throws Exception {
        CurrentMember giver = member("giver");
        CurrentMember asker = member("asker");
        CurrentMember elsewhere = member("elsewhere");
        String s = TestData.suffix();
        Listing offer = ExchangeFixtures.post(listings, giver, ExchangeFixtures.offer("سرير أطفال خشبي " + s, Category.BABY, ExchangeCity.ZAHLE, "حي البربارة"));
        Listing otherCity = ExchangeFixtures.post(listings, elsewhere, ExchangeFixtures.offer("سرير أطفال آخر " + s, Category.BABY, ExchangeCity.BYBLOS, null));
        Listing otherCategory = ExchangeFixtures.post(listings, elsewhere, ExchangeFixtures.offer("كنبة " + s, Category.FURNITURE, ExchangeCity.ZAHLE, null));
        Listing ask = ExchangeFixtures.post(listings, asker, ExchangeFixtures.ask("أحتاج سريرًا لمولود " + s, Category.BABY, ExchangeCity.ZAHLE, "حي البربارة"));

        List<ListingMatching.Match> found = matching.candidates(ask);
        assertThat(found).extracting(m -> m.listing().getId()).contains(offer.getId())
                .doesNotContain(otherCity.getId(), otherCategory.getId());
        assertThat(found.stream().filter(m -> m.listing().getId().equals(offer.getId())).findFirst().orElseThrow().reasons())
                .extracting(ListingMatching.Reason::key).contains("exchange.match.same-category", "exchange.match.same-city", "exchange.match.same-area");
        assertThat(matching.candidates(offer)).extracting(m -> m.listing().getId()).contains(ask.getId());
        assertThat(notices(asker)).contains("exchange.notice.match-for-ask");
        assertThat(notices(giver)).contains("exchange.notice.match-for-offer");

        mvc.perform(get("/exchange/listings/{id}", ask.getId()).with(user(asker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("عروض تناسب طلبك")))
                .andExpect(content().string(containsString(offer.getTitle())))
                .andExpect(content().string(containsString("في الحي نفسه: حي البربارة")))
                .andExpect(content().string(containsString("الفئة نفسها: مستلزمات أطفال")))
                .andExpect(content().string(not(containsString(otherCity.getTitle()))));
        mvc.perform(get("/exchange/listings/{id}", ask.getId()).param("lang", "en").with(user(asker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Same city: Zahle")));
        // the matches are the owner's: others see the ask without them
        mvc.perform(get("/exchange/listings/{id}", ask.getId()).with(user(giver))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("عروض تناسب طلبك"))));
        mvc.perform(get("/exchange/me").with(user(asker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("عرض جديد يناسب طلبك")));
    }

    @Test
    void reserveMessageAgreeAndConfirmWithContactsHiddenUntilBothAgree() throws Exception {
        CurrentMember giver = member("hala");
        CurrentMember receiver = member("rima");
        CurrentMember stranger = member("stranger");
        Listing offer = ExchangeFixtures.post(listings, giver, ExchangeFixtures.offer("غسالة تعمل جيدًا " + TestData.suffix(),
                Category.ELECTRONICS, ExchangeCity.TYRE, null));

        MvcResult reserved = mvc.perform(post("/exchange/listings/{id}/reserve", offer.getId()).with(user(receiver)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String thread = reserved.getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(thread.substring(thread.lastIndexOf('/') + 1));
        // a double submit keeps the one reservation; a third member cannot reserve it any more
        mvc.perform(post("/exchange/listings/{id}/reserve", offer.getId()).with(user(receiver)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/exchange/listings/{id}/reserve", offer.getId()).with(user(stranger)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(notices(giver)).contains("exchange.notice.reserved");
        // the notice's sentence isolates the receiver's name and the listing's title (the stored arguments stay bare)
        mvc.perform(get("/exchange/me").with(user(giver))).andExpect(status().isOk()).andExpect(content().string(containsString(
                "حجز \u2068" + receiver.displayName() + "\u2069 إعلانك «\u2068" + offer.getTitle() + "\u2069»")));
        assertThat(jdbc.sql("SELECT arguments FROM exchange_notice WHERE member_id = ? AND message_key = 'exchange.notice.reserved'")
                .param(giver.uuid()).query(String.class).single()).doesNotContain("\u2068");
        assertThat(listings.find(offer.getId()).orElseThrow().getStatus()).isEqualTo(Listing.Status.RESERVED);

        mvc.perform(post(thread + "/messages").with(user(receiver)).with(csrf()).param("body", "رقمي 03 123 456 للتنسيق"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(thread).with(user(giver))).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("رقمي ••• للتنسيق")))
                .andExpect(content().string(not(containsString("03 123 456"))));

        // the stranger: no thread, no messages, no agreement (404 as if it did not exist)
        mvc.perform(get(thread).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post(thread + "/messages").with(user(stranger)).with(csrf()).param("body", "hi")).andExpect(status().isNotFound());
        mvc.perform(post(thread + "/agree").with(user(stranger)).with(csrf()).param("contact", "x")).andExpect(status().isNotFound());
        mvc.perform(post(thread + "/cancel").with(user(stranger)).with(csrf())).andExpect(status().isNotFound());

        mvc.perform(post(thread + "/confirm").with(user(giver)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post(thread + "/agree").with(user(giver)).with(csrf()).param("contact", "+961 3 555 010")).andExpect(status().is3xxRedirection());
        // one side agreed: the other still does not see the number
        mvc.perform(get(thread).with(user(receiver))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("+961 3 555 010"))))
                .andExpect(content().string(containsString("تظهر وسيلة تواصل الطرف الآخر هنا")));
        mvc.perform(post(thread + "/agree").with(user(receiver)).with(csrf()).param("contact", "قرب مدرسة الحي، بعد الخامسة"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(thread).with(user(receiver))).andExpect(status().isOk())
                .andExpect(content().string(containsString("+961 3 555 010")))
                .andExpect(content().string(containsString("رقمي 03 123 456 للتنسيق")));
        mvc.perform(get(thread).with(user(giver))).andExpect(status().isOk())
                .andExpect(content().string(containsString("قرب مدرسة الحي، بعد الخامسة")));

        mvc.perform(post(thread + "/confirm").with(user(giver)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(handovers.impactOfMember(giver.uuid()).familiesHelped()).isZero();
        mvc.perform(post(thread + "/confirm").with(user(receiver)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(handovers.thread(giver.uuid(), id).handover().status()).isEqualTo(Handovers.Status.COMPLETED);
        assertThat(listings.find(offer.getId()).orElseThrow().getStatus()).isEqualTo(Listing.Status.DONE);
        assertThat(handovers.impactOfMember(giver.uuid())).isEqualTo(new Handovers.Impact(1, 1));
        assertThat(handovers.impactOfMember(receiver.uuid())).isEqualTo(new Handovers.Impact(0, 0));
        assertThat(handovers.impactOfCity(ExchangeCity.TYRE).familiesHelped()).isGreaterThanOrEqualTo(1);
        mvc.perform(get("/exchange/me").with(user(giver))).andExpect(status().isOk())
                .andExpect(content().string(containsString("عائلة واحدة تلقّت المساعدة")))
                .andExpect(content().string(containsString("انتقل شيء واحد إلى من يحتاجه")));
        // a completed hand-over takes no more messages
        mvc.perform(post(thread + "/messages").with(user(giver)).with(csrf()).param("body", "شكرًا")).andExpect(status().isBadRequest());
    }

    @Test
    void cancellingAReservationOpensTheListingAgain() throws Exception {
        CurrentMember owner = member("owner");
        CurrentMember other = member("other");
        Listing ask = ExchangeFixtures.post(listings, owner, ExchangeFixtures.ask("كتب الصف السادس " + TestData.suffix(), Category.BOOKS, ExchangeCity.IRBID, null));
        Handovers.Handover h = handovers.reserve(other.uuid(), ask.getId());
        // answering an ask: the one who reserves gives
        assertThat(h.giverId()).isEqualTo(other.uuid());
        assertThat(h.receiverId()).isEqualTo(owner.uuid());
        mvc.perform(post("/exchange/listings/{id}/withdraw", ask.getId()).with(user(owner)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/exchange/handovers/{id}/cancel", h.id()).with(user(owner)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(listings.find(ask.getId()).orElseThrow().getStatus()).isEqualTo(Listing.Status.OPEN);
        assertThat(notices(other)).contains("exchange.notice.cancelled");
    }

    @Test
    void memberBCannotWithdrawOrSeeTheHiddenContactOfMemberAsListing() throws Exception {
        CurrentMember a = member("a");
        CurrentMember b = member("b");
        Listing mine = ExchangeFixtures.post(listings, a, ExchangeFixtures.offer("خزانة " + TestData.suffix(), Category.FURNITURE, ExchangeCity.AMMAN, null));
        mvc.perform(post("/exchange/listings/{id}/withdraw", mine.getId()).with(user(b)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/exchange/listings/{id}/edit", mine.getId()).with(user(b))).andExpect(status().isForbidden());
        mvc.perform(post("/exchange/listings/{id}/edit", mine.getId()).with(user(b)).with(csrf()).param("title", "مسروقة")
                .param("category", "furniture").param("condition", "good").param("city", "amman")).andExpect(status().isForbidden());
        assertThat(listings.find(mine.getId()).orElseThrow().getTitle()).isEqualTo(mine.getTitle());
        mvc.perform(get("/exchange/listings/{id}/edit", mine.getId()).with(user(a))).andExpect(status().isOk())
                .andExpect(content().string(containsString(mine.getTitle())));
        mvc.perform(post("/exchange/listings/{id}/edit", mine.getId()).with(user(a)).with(csrf()).param("title", "خزانة بثلاثة أبواب")
                .param("category", "furniture").param("condition", "good").param("city", "amman").param("kind", "job"))
                .andExpect(status().is3xxRedirection());
        assertThat(listings.find(mine.getId()).orElseThrow().getTitle()).isEqualTo("خزانة بثلاثة أبواب");
        assertThat(listings.find(mine.getId()).orElseThrow().getKind()).isEqualTo(org.takatuf.exchange.internal.ListingKind.OFFER_THING);
        mvc.perform(post("/exchange/listings/{id}/edit", mine.getId()).with(user(a)).with(csrf()).param("title", "")
                .param("category", "furniture").param("condition", "good").param("city", "amman").param("description", "بقي كما كتبته"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("بقي كما كتبته")));
        assertThat(listings.find(mine.getId()).orElseThrow().getStatus()).isEqualTo(Listing.Status.OPEN);
        mvc.perform(post("/exchange/listings/{id}/reserve", mine.getId()).with(user(a)).with(csrf())).andExpect(status().isBadRequest());
        // neither the page nor the API carries the owner's e-mail or id
        mvc.perform(get("/exchange/listings/{id}", mine.getId()).with(user(b))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(a.email()))));
        String json = mvc.perform(get("/api/v1/listings").param("q", "خزانه بثلاثه ابواب")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("خزانة بثلاثة أبواب")).andExpect(jsonPath("$[0].city").value("amman"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain(a.uuid().toString(), a.email(), "owner");
        mvc.perform(post("/exchange/listings/{id}/withdraw", mine.getId()).with(user(a)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(listings.find(mine.getId()).orElseThrow().getStatus()).isEqualTo(Listing.Status.WITHDRAWN);
    }

    @Test
    void aNewAccountIsLimitedTo3ListingsADayWith429AndRetryAfter() throws Exception {
        CurrentMember fresh = member("fresh");
        for (int i = 0; i < 3; i++) {
            ExchangeFixtures.post(listings, fresh, ExchangeFixtures.ask("طلب " + i + " " + TestData.suffix(), Category.OTHER, ExchangeCity.GIZA, null));
        }
        MvcResult refused = mvc.perform(multipart("/exchange/listings").with(user(fresh)).with(csrf()).param("kind", "ask-thing")
                        .param("category", "other").param("title", "طلب رابع").param("city", "giza"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("بلغت حد الإعلانات اليومي"))).andReturn();
        assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isPositive();
        assertThat(listings.mine(fresh.uuid())).hasSize(3);
    }

    @Test
    void aNewAccountSendsAt20HandOverMessagesAnHour() throws Exception {
        CurrentMember owner = member("chatty-owner");
        CurrentMember fresh = member("chatty");
        Listing l = ExchangeFixtures.post(listings, owner, ExchangeFixtures.offer("مروحة " + TestData.suffix(), Category.HOUSEHOLD, ExchangeCity.ZARQA, null));
        Handovers.Handover h = handovers.reserve(fresh.uuid(), l.getId());
        for (int i = 0; i < 20; i++) {
            handovers.message(fresh.uuid(), h.id(), "رسالة " + i);
        }
        mvc.perform(post("/exchange/handovers/{id}/messages", h.id()).with(user(fresh)).with(csrf()).param("body", "الحادية والعشرون"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("أرسلت رسائل كثيرة")));
        assertThat(handovers.thread(fresh.uuid(), h.id()).messages()).hasSize(20);
        // the other side is not affected
        mvc.perform(post("/exchange/handovers/{id}/messages", h.id()).with(user(owner)).with(csrf()).param("body", "تفضّل"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void reportsHideAListingAfterThreeMembersAndBlocksSeparateTwoMembers() throws Exception {
        CurrentMember owner = member("spammer");
        Listing l = ExchangeFixtures.post(listings, owner, ExchangeFixtures.offer("عرض مريب " + TestData.suffix(), Category.OTHER, ExchangeCity.CAIRO, null));
        for (int i = 0; i < 3; i++) {
            CurrentMember reporter = member("reporter");
            mvc.perform(post("/exchange/listings/{id}/report", l.getId()).with(user(reporter)).with(csrf()).param("reason", "scam"))
                    .andExpect(status().is3xxRedirection());
            if (i == 0) {
                // the same member reporting twice counts once
                mvc.perform(post("/exchange/listings/{id}/report", l.getId()).with(user(reporter)).with(csrf()).param("reason", "scam"))
                        .andExpect(status().is3xxRedirection());
                assertThat(listings.find(l.getId()).orElseThrow().isHidden()).isFalse();
            }
        }
        assertThat(listings.find(l.getId()).orElseThrow().isHidden()).isTrue();
        mvc.perform(get("/exchange/listings/{id}", l.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/exchange/listings/{id}", l.getId()).with(user(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("مخفي بانتظار المراجعة")));
        mvc.perform(post("/exchange/listings/{id}/report", UUID.randomUUID()).with(user(owner)).with(csrf()).param("reason", "scam"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/exchange/members/{id}/report", owner.uuid()).with(user(member("x"))).with(csrf()).param("reason", "bogus"))
                .andExpect(status().isBadRequest());

        CurrentMember a = member("blocker");
        CurrentMember b = member("blocked");
        Listing bs = ExchangeFixtures.post(listings, b, ExchangeFixtures.offer("مكواة " + TestData.suffix(), Category.HOUSEHOLD, ExchangeCity.ALEXANDRIA, null));
        mvc.perform(get("/exchange").param("city", "alexandria").with(user(a))).andExpect(content().string(containsString(bs.getTitle())));
        mvc.perform(post("/exchange/members/{id}/block", b.uuid()).with(user(a)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/exchange").param("city", "alexandria").with(user(a))).andExpect(content().string(not(containsString(bs.getTitle()))));
        mvc.perform(post("/exchange/listings/{id}/reserve", bs.getId()).with(user(a)).with(csrf())).andExpect(status().isBadRequest());
        Listing asksForIt = ExchangeFixtures.post(listings, a, ExchangeFixtures.ask("أحتاج مكواة " + TestData.suffix(), Category.HOUSEHOLD, ExchangeCity.ALEXANDRIA, null));
        assertThat(matching.candidates(asksForIt)).extracting(m -> m.listing().getId()).doesNotContain(bs.getId());
        mvc.perform(post("/exchange/members/{id}/block", a.uuid()).with(user(a)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/exchange/members/{id}/unblock", b.uuid()).with(user(a)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/exchange").param("city", "alexandria").with(user(a))).andExpect(content().string(containsString(bs.getTitle())));
    }

    @Test
    void aBarterBoardTakesPostsFromItsMembersOnlyAndCountsWhatItPassedOn() throws Exception {
        CurrentMember founder = member("founder");
        CurrentMember outsider = member("outsider");
        mvc.perform(post("/exchange/boards").with(user(founder)).with(csrf()).param("name", "").param("city", "beirut"))
                .andExpect(status().isBadRequest());
        MvcResult created = mvc.perform(post("/exchange/boards").with(user(founder)).with(csrf()).param("name", "LibanTroc " + TestData.suffix())
                .param("description", "مقايضة لا تسوّل").param("city", "beirut")).andExpect(status().is3xxRedirection()).andReturn();
        String page = created.getResponse().getRedirectedUrl();
        Boards.Board board = boards.bySlug(page.substring(page.lastIndexOf('/') + 1)).orElseThrow();
        mvc.perform(multipart("/exchange/listings").with(user(outsider)).with(csrf()).param("kind", "ask-thing").param("category", "food")
                        .param("title", "حليب أطفال").param("city", "beirut").param("board", board.slug()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("انضم إلى اللوحة أولًا")));
        mvc.perform(post(page + "/join").with(user(outsider)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/exchange/listings").with(user(outsider)).with(csrf()).param("kind", "ask-thing").param("category", "food")
                        .param("title", "حليب أطفال " + TestData.suffix()).param("city", "beirut").param("board", board.slug()))
                .andExpect(status().is3xxRedirection());
        Listing posted = listings.mine(outsider.uuid()).getFirst();
        assertThat(posted.getBoardId()).isEqualTo(board.id());
        mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(containsString(posted.getTitle())))
                .andExpect(content().string(containsString("عائلات حتى الآن")));
        mvc.perform(post(page + "/leave").with(user(founder)).with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void photosAreReencodedWithoutGpsOrAuthorAndServedWithNosniff() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/exiftool")), "exiftool is installed");
        CurrentMember a = member("photographer");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(8, 8, 20, 20);
        Path file = Files.createTempFile("listing-", ".jpg");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            Files.write(file, out.toByteArray());
            Process p = new ProcessBuilder("exiftool", "-q", "-overwrite_original", "-GPSLatitude=33.8938", "-GPSLatitudeRef=N",
                    "-GPSLongitude=35.5018", "-GPSLongitudeRef=E", "-Artist=Hala Dahrouj", "-Model=Phone 12", file.toString()).start();
            assertThat(p.waitFor()).isZero();
            assertThat(exif(file)).contains("GPSLatitude", "Hala Dahrouj");
            mvc.perform(multipart("/exchange/listings").file(new MockMultipartFile("photos", "coat.jpg", "image/jpeg", Files.readAllBytes(file)))
                            .with(user(a)).with(csrf()).param("kind", "offer-thing").param("category", "clothes").param("condition", "good")
                            .param("title", "معطف " + TestData.suffix()).param("city", "beirut"))
                    .andExpect(status().is3xxRedirection());
            Listing l = listings.mine(a.uuid()).getFirst();
            List<String> photos = listings.photos(l.getId());
            assertThat(photos).hasSize(1);
            byte[] served = mvc.perform(get("/exchange/listings/{id}/photos/{name}", l.getId(), photos.getFirst()))
                    .andExpect(status().isOk()).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Type", "image/jpeg")).andReturn().getResponse().getContentAsByteArray();
            Files.write(file, served);
            assertThat(exif(file)).doesNotContain("GPS", "Hala Dahrouj", "Phone 12");
            mvc.perform(get("/exchange/listings/{id}/photos/{name}", l.getId(), "..%2Fsecret")).andExpect(status().is4xxClientError());
            mvc.perform(get("/exchange/listings/{id}/photos/{name}", l.getId(), "nope.jpg")).andExpect(status().isNotFound());
            mvc.perform(multipart("/exchange/listings").file(new MockMultipartFile("photos", "x.jpg", "image/jpeg", "<svg onload=alert(1)>".getBytes()))
                            .with(user(a)).with(csrf()).param("kind", "offer-thing").param("category", "clothes").param("condition", "good")
                            .param("title", "صورة مزيفة").param("city", "beirut"))
                    .andExpect(status().isBadRequest());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static String exif(Path file) throws Exception {
        Process p = new ProcessBuilder("exiftool", "-a", "-s", "-G1", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Test
    void listingsAreFoundInTheSiteSearchAndTheBoardWithArabicSpellingVariants() throws Exception {
        CurrentMember a = member("search");
        String s = TestData.suffix();
        Listing l = ExchangeFixtures.post(listings, a, ExchangeFixtures.offer("زينة رمضان مضيئة " + s, Category.HOUSEHOLD, ExchangeCity.DAMASCUS, null));
        // "مضيئه" with ha for ta marbuta finds "مضيئة"
        mvc.perform(get("/exchange").param("q", "مضيئه " + s)).andExpect(status().isOk()).andExpect(content().string(containsString(l.getTitle())));
        mvc.perform(get("/search").param("q", "زينه رمضان " + s)).andExpect(status().isOk())
                .andExpect(content().string(containsString(l.getTitle()))).andExpect(content().string(containsString("إعلان تبادل")));
        mvc.perform(get("/exchange").param("kind", "ask-thing").param("q", s)).andExpect(content().string(not(containsString(l.getTitle()))));
        mvc.perform(get("/exchange").param("free", "true").param("city", "damascus")).andExpect(content().string(containsString(l.getTitle())));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(content().string(containsString("/api/v1/listings")));
    }
}
