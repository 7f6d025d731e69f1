package org.takatuf.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.takatuf.campaigns.Campaign;
import org.takatuf.cases.CaseCategory;
import org.takatuf.cases.CasesFixtures;
import org.takatuf.cases.CasesTestConfiguration;
import org.takatuf.cases.internal.CaseCity;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.core.activity.ContentVisibilityChanged;
import org.takatuf.directory.internal.BusinessCategory;
import org.takatuf.directory.internal.BusinessDraft;
import org.takatuf.directory.internal.Directory;
import org.takatuf.directory.internal.DirectoryCity;
import org.takatuf.engagement.internal.Comments;
import org.takatuf.engagement.internal.Feed;
import org.takatuf.exchange.ExchangeFixtures;
import org.takatuf.exchange.internal.Category;
import org.takatuf.exchange.internal.ExchangeCity;
import org.takatuf.exchange.internal.Listing;
import org.takatuf.exchange.internal.ListingManagement;
import org.takatuf.exchange.internal.Safety;
import org.takatuf.giving.GivingFixtures;
import org.takatuf.giving.internal.CampaignMilestones;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationForm;
import org.takatuf.identity.OrganisationKind;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.core.text.Hashtags;
import org.takatuf.identity.Role;
import org.takatuf.support.Eventually;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;

/**
 * Following members, organisations, campaigns, cases and businesses brings what they publish into the
 * follower's feed; unfollowing stops it; private or unpublished things never arrive; a hidden target
 * leaves feeds and tag pages and comes back when restored.
 */
@IntegrationTest
@Import(CasesTestConfiguration.class)
class FollowsFeedIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures giving;
    @Autowired
    CasesFixtures casesFixtures;
    @Autowired
    CaseManagement cases;
    @Autowired
    Directory directory;
    @Autowired
    ListingManagement listings;
    @Autowired
    Safety safety;
    @Autowired
    Comments comments;
    @Autowired
    Feed feed;
    @Autowired
    CampaignMilestones milestones;
    @Autowired
    OrganisationManagement organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.takatuf.community.internal.Events communityEvents;
    @Autowired
    org.takatuf.community.internal.Groups groups;

    private void follow(CurrentMember member, String type, UUID key, boolean follow) throws Exception {
        mvc.perform(post("/follows").with(user(member)).with(csrf()).param("type", type).param("key", key.toString())
                        .param("label", "x").param("follow", Boolean.toString(follow)).param("back", "/feed"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/feed"));
    }

    private String feedPage(CurrentMember member) throws Exception {
        return mvc.perform(get("/feed").with(user(member))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> kindsIn(CurrentMember member, UUID item) {
        return feed.of(member.id(), null).entries().stream().filter(e -> e.itemId().equals(item)).map(Feed.Entry::kind).toList();
    }

    private boolean inFeed(CurrentMember member, UUID item) {
        return !kindsIn(member, item).isEmpty();
    }

    @Test
    void followingAnOrganisationBringsItsCampaignsAndTheirMilestonesUnfollowingStopsIt() throws Exception {
        CurrentMember organiser = giving.member("منظّمة الحملات");
        Organisation org = giving.verifiedOrganisation(organiser);
        CurrentMember follower = giving.member("متابعة الجهة");
        follow(follower, "organisation", org.getId(), true);

        Campaign first = giving.fundraising(organiser, org, "1000");
        Eventually.until(() -> inFeed(follower, first.id().value()), b -> b);
        assertThat(kindsIn(follower, first.id().value())).containsExactly("campaigns.launched");
        assertThat(feedPage(follower)).contains(first.title()).contains("إطلاق حملة");

        // the campaign's own follower gets its milestones, each quarter once
        CurrentMember campaignFollower = giving.member("متابع الحملة");
        follow(campaignFollower, "campaign", first.id().value(), true);
        jdbc.sql("INSERT INTO campaign_tally (campaign_id, pledged_minor, pledges, donors) VALUES (?, ?, 3, 3)")
                .params(first.id().value(), 55_000L).update();
        assertThat(milestones.check()).isEqualTo(2);
        assertThat(milestones.check()).isZero();
        Eventually.until(() -> feed.of(campaignFollower.id(), null).entries().stream()
                .filter(e -> e.kind().equals("campaigns.milestone")).count(), n -> n == 2);
        assertThat(feed.of(campaignFollower.id(), null).entries()).filteredOn(e -> e.kind().equals("campaigns.milestone"))
                .extracting(Feed.Entry::excerpt).containsExactlyInAnyOrder("25%", "50%");

        follow(follower, "organisation", org.getId(), false);
        Campaign second = giving.fundraising(organiser, org, "500");
        // the campaign follower sees nothing of the second campaign either: it follows the first only
        CurrentMember witness = giving.member("شاهد");
        follow(witness, "organisation", org.getId(), true);
        Campaign third = giving.fundraising(organiser, org, "700");
        Eventually.until(() -> inFeed(witness, third.id().value()), b -> b);
        assertThat(inFeed(follower, second.id().value())).isFalse();
        assertThat(inFeed(follower, third.id().value())).isFalse();
        assertThat(inFeed(campaignFollower, third.id().value())).isFalse();
    }

    @Test
    void aCaseReachesFollowersOnlyOncePublishedAndOnlyItsPublicSummary() throws Exception {
        CurrentMember admin = casesFixtures.member("جمعية متابَعة");
        Organisation org = casesFixtures.organisation(admin, true, CasesFixtures.BEIRUT_FOOD);
        CurrentMember follower = giving.member("متابع الحالات");
        follow(follower, "organisation", org.getId(), true);

        CasesFixtures.Secrets secrets = CasesFixtures.secrets();
        UUID hidden = casesFixtures.report(CaseCategory.FOOD, CaseCity.BEIRUT, secrets, true).caseId();
        cases.claim(admin.id(), org, hidden);
        cases.verify(admin.id(), org, hidden, "زيارة", "ملخص لم يُنشر بعد");

        UUID id = casesFixtures.report(CaseCategory.FOOD, CaseCity.BEIRUT, secrets, true).caseId();
        cases.claim(admin.id(), org, id);
        String summary = "أسرة تحتاج سلة غذائية " + TestData.suffix();
        cases.verify(admin.id(), org, id, "زيارة", summary);
        cases.publish(admin.id(), org, id, null);
        Eventually.until(() -> inFeed(follower, id), b -> b);
        assertThat(kindsIn(follower, id)).containsExactly("cases.published");
        assertThat(inFeed(follower, hidden)).isFalse();

        // the case's own follower too; the page carries the follow button
        CurrentMember caseFollower = giving.member("متابع الحالة");
        mvc.perform(get("/cases/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/engage/follows?type=case&amp;key=" + id)));
        follow(caseFollower, "case", id, true);
        cases.close(admin.id(), org, id, "وصلت السلة إلى الأسرة");
        Eventually.until(() -> feed.of(caseFollower.id(), null).entries().stream().anyMatch(e -> e.kind().equals("cases.closed")), b -> b);

        String page = feedPage(follower) + feedPage(caseFollower);
        assertThat(page).contains(summary).contains("وصلت السلة إلى الأسرة").doesNotContain("ملخص لم يُنشر بعد");
        for (String secret : secrets.all()) {
            assertThat(page).doesNotContain(secret);
        }
        String stored = jdbc.sql("SELECT string_agg(title || ' ' || excerpt, ' ') FROM engagement_activity WHERE source_key = ?")
                .param(id.toString()).query(String.class).single();
        for (String secret : secrets.all()) {
            assertThat(stored).doesNotContain(secret);
        }
    }

    @Test
    void aBusinessOwnersFollowersSeeTheBusinessAndItsFollowersItsProducts() throws Exception {
        CurrentMember owner = giving.member("صاحبة المشروع");
        CurrentMember fan = giving.member("معجبة");
        follow(fan, "member", owner.uuid(), true);
        var business = directory.open(owner.uuid(), new BusinessDraft("مطرّزات سلمى " + TestData.suffix(), "تطريز يدوي من البيت",
                BusinessCategory.values()[0], true, true, DirectoryCity.values()[0], "", "+962 79 123 4567", null, null, null));
        Eventually.until(() -> inFeed(fan, business.getId()), b -> b);
        assertThat(kindsIn(fan, business.getId())).containsExactly("directory.business");

        CurrentMember customer = giving.member("زبونة");
        mvc.perform(get("/local/" + business.getSlug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/engage/follows?type=business&amp;key=" + business.getId())));
        follow(customer, "business", business.getId(), true);
        Directory.Product product = directory.addProduct(owner.uuid(), business.getSlug(), "شال مطرّز", "صوف", "12", null);
        Eventually.until(() -> inFeed(customer, product.id()), b -> b);
        assertThat(feedPage(customer)).contains("شال مطرّز").contains("منتج جديد");

        follow(customer, "business", business.getId(), false);
        Directory.Product later = directory.addProduct(owner.uuid(), business.getSlug(), "حقيبة", "قماش", "9", null);
        Eventually.until(() -> inFeed(fan, later.id()), b -> b);
        assertThat(inFeed(customer, later.id())).isFalse();
    }

    @Test
    void anOrganisationVerifiedReachesItsFollowers() throws Exception {
        CurrentMember admin = casesFixtures.member("مدير المنصة", Role.ADMIN);
        CurrentMember founder = giving.member("مؤسسة الجمعية");
        Organisation org = organisations.create(founder.id(), new OrganisationForm("جمعية النور " + TestData.suffix(),
                OrganisationKind.values()[0], "جمعية", "عمّان", null, null));
        CurrentMember follower = giving.member("متابع الجمعية");
        mvc.perform(get("/organisations/" + org.getSlug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/engage/follows?type=organisation&amp;key=" + org.getId())));
        follow(follower, "organisation", org.getId(), true);
        UUID request = organisations.requestVerification(founder.id(), org.organisationId(), "سجل الجمعية",
                List.of(new OrganisationManagement.Upload("registry.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))));
        organisations.approve(admin.id(), request);
        Eventually.until(() -> feed.of(follower.id(), null).entries().stream().anyMatch(e -> e.kind().equals("organisations.verified")
                && e.title().equals(org.getName())), b -> b);
    }

    @Test
    void theFollowButtonShowsTheCountAndSendsAnonymousVisitorsToSignIn() throws Exception {
        CurrentMember someone = giving.member("عضو مُتابَع");
        CurrentMember a = giving.member("متابع أ");
        CurrentMember b = giving.member("متابع ب");
        mvc.perform(get("/members/" + someone.uuid())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/engage/follows?type=member&amp;key=" + someone.uuid())));
        mvc.perform(get("/engage/follows").param("type", "member").param("key", someone.uuid().toString()).param("back", "/members/" + someone.uuid()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/login")))
                .andExpect(content().string(containsString("لا متابعين"))).andExpect(content().string(not(containsString("<html"))));
        follow(a, "member", someone.uuid(), true);
        // htmx: the refreshed button (two followers: Arabic dual) instead of a redirect
        mvc.perform(post("/follows").with(user(b)).with(csrf()).header("HX-Request", "true").param("type", "member")
                        .param("key", someone.uuid().toString()).param("follow", "true").param("back", "/members/" + someone.uuid()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("متابعان")))
                .andExpect(content().string(containsString("إلغاء المتابعة")));
        mvc.perform(get("/engage/follows").param("type", "member").param("key", someone.uuid().toString()).param("lang", "en").with(user(a)))
                .andExpect(content().string(containsString("2 followers")));
        // without JavaScript an anonymous visitor's follow goes to the sign-in page
        mvc.perform(post("/follows").with(csrf()).param("type", "member").param("key", someone.uuid().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", containsString("/login")));
        // the feed lists what the member follows, with a way to unfollow it
        assertThat(feedPage(b)).contains("following-list").contains("name=\"follow\" value=\"false\"");
        mvc.perform(get("/engage/follows").param("type", "nonsense").param("key", "x")).andExpect(status().isBadRequest());
        mvc.perform(get("/engage/follows").param("type", "member").param("key", "not-a-uuid")).andExpect(status().isBadRequest());
    }

    @Test
    void aHiddenListingLeavesFeedsAndTagPagesWithItsCommentsAndComesBackWhenRestored() throws Exception {
        CurrentMember owner = giving.member("صاحب الإعلان");
        CurrentMember commenter = giving.member("معلّق");
        CurrentMember follower = giving.member("متابع المعلّق");
        follow(follower, "member", commenter.uuid(), true);
        Listing listing = ExchangeFixtures.post(listings, owner, ExchangeFixtures.offer("كرسي أطفال " + TestData.suffix(),
                Category.values()[0], ExchangeCity.values()[0], "الحمرا"));
        String tag = "تبادل_" + TestData.suffix().replaceAll("[^\\p{L}\\p{N}]", "");
        UUID comment = comments.post(commenter, new Comments.Draft("listing", listing.getId(), null, "ما زال متوفرًا؟ #" + tag, null, null));
        Eventually.until(() -> inFeed(follower, comment), b -> b);
        String tagKey = Hashtags.key(tag).orElseThrow();
        assertThat(feed.tagged(tagKey, null).entries()).extracting(Feed.Entry::itemId).contains(comment);

        for (int i = 0; i < 3; i++) {
            safety.reportListing(giving.member("مبلّغ " + i).uuid(), listing.getId(), Safety.REASONS.iterator().next(), null);
        }
        Eventually.until(() -> inFeed(follower, comment), shown -> !shown);
        assertThat(feed.tagged(tagKey, null).entries()).extracting(Feed.Entry::itemId).doesNotContain(comment);
        assertThat(feed.taggedCount(tagKey)).isZero();

        transactions.executeWithoutResult(tx -> events.publishEvent(new ContentVisibilityChanged("listing", listing.getId(), true)));
        Eventually.until(() -> inFeed(follower, comment), b -> b);
        assertThat(feed.tagged(tagKey, null).entries()).extracting(Feed.Entry::itemId).contains(comment);
    }

    @Test
    void theEventPageUsesTheSharedShareFragmentAndAPrivateGroupsEventReachesNoFeedAndHasNoFollowButton() throws Exception {
        CurrentMember organiser = giving.member("منظّم الجري");
        CurrentMember follower = giving.member("متابع المنظّم");
        follow(follower, "member", organiser.uuid(), true);
        UUID open = CommentTargetsForTests.publicEvent(communityEvents, organiser);
        String page = mvc.perform(get("/events/" + open).param("ref", "whatsapp")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("share-links").contains("https://wa.me/?text=").contains("https://x.com/intent/post")
                .contains("name=\"ref\" value=\"whatsapp\"").contains("/engage/shares?type=event&amp;id=" + open)
                .contains("/engage/follows?type=event&amp;key=" + open).doesNotContain("hx-vals");
        Eventually.until(() -> inFeed(follower, open), b -> b);

        org.takatuf.community.internal.Groups.Group closed = groups.create(organiser, new org.takatuf.community.internal.Groups.Form(
                "مجموعة خاصة " + TestData.suffix(), "للأعضاء فقط", "", "القاهرة", "PRIVATE", false), null);
        UUID secret = CommentTargetsForTests.event(communityEvents, organiser, closed.id());
        mvc.perform(get("/events/" + secret).with(user(organiser))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/engage/follows?type=event"))));
        UUID later = CommentTargetsForTests.publicEvent(communityEvents, organiser);
        Eventually.until(() -> inFeed(follower, later), b -> b);
        assertThat(inFeed(follower, secret)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_activity WHERE item_id = ?").param(secret).query(Long.class).single()).isZero();
    }

    @Test
    void theItemOfAHiddenTargetItselfLeavesTheFeedAndComesBackWhenRestored() {
        UUID complaint = UUID.randomUUID();
        CurrentMember author = giving.member("صاحب الشكوى");
        CurrentMember follower = giving.member("متابع الشكاوى");
        jdbc.sql("INSERT INTO engagement_follow (member_id, source_type, source_key, created_at) VALUES (?, 'member', ?, now())")
                .params(follower.uuid(), author.uuid().toString()).update();
        transactions.executeWithoutResult(tx -> events.publishEvent(new org.takatuf.core.activity.ActivityPublished(complaint,
                "engagement.comment", List.of(org.takatuf.core.activity.ActivityPublished.Source.member(author.uuid())), author.uuid(),
                "", "شكوى", "/complaints/" + complaint, java.time.Instant.now())));
        Eventually.until(() -> inFeed(follower, complaint), b -> b);
        transactions.executeWithoutResult(tx -> events.publishEvent(new ContentVisibilityChanged("complaint", complaint, false)));
        Eventually.until(() -> inFeed(follower, complaint), shown -> !shown);
        transactions.executeWithoutResult(tx -> events.publishEvent(new ContentVisibilityChanged("complaint", complaint, true)));
        Eventually.until(() -> inFeed(follower, complaint), b -> b);
    }
}
