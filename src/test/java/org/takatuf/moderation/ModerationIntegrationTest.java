package org.takatuf.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.takatuf.core.activity.ContentVisibilityChanged;
import org.takatuf.exchange.ExchangeFixtures;
import org.takatuf.exchange.internal.Category;
import org.takatuf.exchange.internal.ExchangeCity;
import org.takatuf.exchange.internal.Listing;
import org.takatuf.exchange.internal.ListingManagement;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Role;
import org.takatuf.moderation.internal.AuditLog;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.Eventually;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestAccounts;
import org.takatuf.support.TestData;

/** Reports, the queue, decisions, appeals, automatic holds and the audit log, through the pages, with real accounts. */
@IntegrationTest
@RecordApplicationEvents
class ModerationIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    ListingManagement listings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailCatcher mail;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.takatuf.giving.GivingFixtures fixtures;
    @Autowired
    org.takatuf.campaigns.CampaignManagement campaigns;
    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    CurrentMember member(String who, Role... roles) {
        return TestAccounts.create(accounts, who, roles);
    }

    Listing listing(CurrentMember owner) {
        return ExchangeFixtures.post(listings, owner,
                ExchangeFixtures.offer("كرسي أطفال " + TestData.suffix(), Category.BABY, ExchangeCity.BEIRUT, "الحمرا"));
    }

    void report(CurrentMember reporter, String type, UUID id, String reason) throws Exception {
        mvc.perform(post("/moderation/reports").with(user(reporter)).with(csrf()).param("type", type).param("id", id.toString())
                        .param("reason", reason).param("note", "تفاصيل " + TestData.suffix()))
                .andExpect(status().is3xxRedirection());
    }

    UUID item(String type, UUID id) {
        return jdbc.sql("SELECT id FROM moderation_item WHERE target_type = ? AND target_id = ?").params(type, id).query(UUID.class).single();
    }

    @Test
    void aReportedListingIsHiddenTheAuthorIsToldAppealsOnceAndAModeratorRestoresIt() throws Exception {
        CurrentMember owner = member("owner");
        CurrentMember reporter = member("reporter");
        CurrentMember other = member("other");
        CurrentMember moderator = member("moderator", Role.MODERATOR);
        Listing l = listing(owner);
        String page = "/exchange/listings/" + l.getId();

        mvc.perform(get("/moderation/report").with(user(reporter)).param("type", "listing").param("id", l.getId().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(l.getTitle())))
                .andExpect(content().string(containsString("احتيال أو نصب")));
        mvc.perform(get(page).with(user(reporter))).andExpect(content().string(containsString("/moderation/report?type=listing")));
        mvc.perform(get(page)).andExpect(content().string(not(containsString("/moderation/report?type=listing"))));
        report(reporter, "listing", l.getId(), "scam");
        // the same member again: one open report per member and thing
        mvc.perform(post("/moderation/reports").with(user(reporter)).with(csrf()).param("type", "listing").param("id", l.getId().toString())
                        .param("reason", "spam"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("سبق أن أبلغت عن هذا")));
        // bad input: a localised 400
        mvc.perform(post("/moderation/reports").with(user(other)).with(csrf()).param("type", "listing").param("id", l.getId().toString())
                        .param("reason", "nonsense"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("اختر ما المشكلة فيه.")));
        mvc.perform(post("/moderation/reports").with(user(other)).with(csrf()).param("type", "listing").param("id", l.getId().toString())
                        .param("reason", "other"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("اذكر المشكلة في كلمات قليلة.")));
        mvc.perform(post("/moderation/reports").with(user(owner)).with(csrf()).param("type", "listing").param("id", l.getId().toString())
                        .param("reason", "spam"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/moderation/reports").with(user(other)).with(csrf()).param("type", "unknown").param("id", l.getId().toString())
                        .param("reason", "spam"))
                .andExpect(status().isNotFound());
        report(other, "listing", l.getId(), "other");
        UUID item = item("listing", l.getId());

        // the queue is for moderators and administrators only
        mvc.perform(get("/moderation").with(user(reporter))).andExpect(status().isForbidden());
        mvc.perform(post("/moderation/items/{id}/decide", item).with(user(reporter)).with(csrf()).param("action", "hide").param("note", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/moderation").with(user(moderator)).param("type", "listing"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(l.getTitle())))
                .andExpect(content().string(containsString("بلاغان"))).andExpect(content().string(containsString("احتيال أو نصب")));
        mvc.perform(get("/moderation").with(user(moderator)).param("state", "bogus")).andExpect(status().isBadRequest());
        mvc.perform(post("/moderation/items/{id}/claim", item).with(user(moderator)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/moderation").with(user(moderator)).param("type", "listing"))
                .andExpect(content().string(containsString(moderator.displayName())));
        // a decision needs a reason for the author
        mvc.perform(post("/moderation/items/{id}/decide", item).with(user(moderator)).with(csrf()).param("action", "hide"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("اكتب السبب")));
        String why = "إعلان مضلّل " + TestData.suffix();
        mvc.perform(post("/moderation/items/{id}/decide", item).with(user(moderator)).with(csrf()).param("action", "hide").param("note", why))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(page)).andExpect(status().isNotFound());
        mvc.perform(get(page).with(user(reporter))).andExpect(status().isNotFound());
        assertThat(events.stream(ContentVisibilityChanged.class))
                .contains(new ContentVisibilityChanged("listing", l.getId(), false));
        assertThat(events.stream(ModerationDecided.class).filter(e -> e.item().equals(item)))
                .singleElement().satisfies(e -> {
                    assertThat(e.author()).isEqualTo(owner.uuid());
                    assertThat(e.action()).isEqualTo("hide");
                    assertThat(e.note()).isEqualTo(why);
                });
        // the in-app notice (notifications listens to ModerationDecided) leads to the appeal
        Eventually.until(() -> jdbc.sql("SELECT link FROM notification WHERE member_id = ? AND type = 'MODERATION_DECISION'")
                .param(owner.uuid()).query(String.class).list(), links -> links.contains("/moderation/appeals/" + item));
        mvc.perform(get("/notifications").with(user(owner))).andExpect(content().string(containsString("راجع مشرف محتواك")));
        MailCatcher.CaughtMail notice = Eventually.until(() -> mail.messagesTo(owner.email()), m -> !m.isEmpty()).getFirst();
        assertThat(notice.subject()).contains("أُخفي محتواك");
        assertThat(notice.textBody()).contains(why).contains("/moderation/appeals/" + item);

        // the appeal: the author only, once
        mvc.perform(get("/moderation/appeals/{id}", item).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(post("/moderation/appeals/{id}", item).with(user(other)).with(csrf()).param("text", "أنا لست الكاتب"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/moderation/appeals/{id}", item).with(user(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString(why)));
        mvc.perform(post("/moderation/appeals/{id}", item).with(user(owner)).with(csrf()).param("text", " "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("اشرح لماذا")));
        String appeal = "الكرسي حقيقي ومجاني " + TestData.suffix();
        mvc.perform(post("/moderation/appeals/{id}", item).with(user(owner)).with(csrf()).param("text", appeal))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/moderation/appeals/{id}", item).with(user(owner)).with(csrf()).param("text", appeal))
                .andExpect(status().isConflict());
        mvc.perform(get("/moderation").with(user(moderator)))
                .andExpect(content().string(containsString(appeal))).andExpect(content().string(containsString("تظلّم")));

        mvc.perform(post("/moderation/items/{id}/decide", item).with(user(moderator)).with(csrf()).param("action", "restore")
                        .param("note", "راجعنا التظلّم"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(containsString(l.getTitle())));
        assertThat(events.stream(ContentVisibilityChanged.class)).contains(new ContentVisibilityChanged("listing", l.getId(), true));
        Eventually.until(() -> mail.messagesTo(owner.email()), m -> m.size() >= 2);

        List<String> recorded = jdbc.sql("SELECT action FROM audit_log WHERE subject_id = ? ORDER BY id").param(l.getId().toString())
                .query(String.class).list();
        assertThat(recorded).containsExactly("moderation.hide", "moderation.appeal", "moderation.restore.appeal");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aBulkDecisionHidesThreeReportedListingsAtOnce() throws Exception {
        CurrentMember owner = member("bulk-owner");
        CurrentMember reporter = member("bulk-reporter");
        CurrentMember admin = member("bulk-admin", Role.ADMIN);
        List<Listing> three = List.of(listing(owner), listing(owner), listing(owner));
        for (Listing l : three) {
            report(reporter, "listing", l.getId(), "spam");
        }
        var request = post("/moderation/bulk").with(user(admin)).with(csrf()).param("action", "hide").param("note", "إعلانات مكررة");
        for (Listing l : three) {
            request.param("items", item("listing", l.getId()).toString());
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        for (Listing l : three) {
            mvc.perform(get("/exchange/listings/{id}", l.getId())).andExpect(status().isNotFound());
            assertThat(jdbc.sql("SELECT state FROM moderation_item WHERE target_id = ?").param(l.getId()).query(String.class).single())
                    .isEqualTo("HIDDEN");
        }
        mvc.perform(post("/moderation/bulk").with(user(admin)).with(csrf()).param("action", "hide").param("note", "لا شيء"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("اختر صفًّا واحدًا على الأقل.")));
        mvc.perform(get("/moderation").with(user(admin)).param("state", "hidden"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(three.getFirst().getTitle())));
    }

    @Test
    void reportsAreLimitedPerMemberWithRetryAfter() throws Exception {
        CurrentMember owner = member("limit-owner");
        CurrentMember reporter = member("limit-reporter");
        Listing l = listing(owner);
        MvcResult refused = null;
        for (int i = 0; i < 60 && refused == null; i++) {
            MvcResult r = mvc.perform(post("/moderation/reports").with(user(reporter)).with(csrf()).param("type", "listing")
                    .param("id", l.getId().toString()).param("reason", "spam")).andReturn();
            if (r.getResponse().getStatus() == 429) {
                refused = r;
            } else {
                assertThat(r.getResponse().getStatus()).isIn(302, 409);
            }
        }
        assertThat(refused).as("a 429 within 60 reports").isNotNull();
        assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isPositive();
        assertThat(refused.getResponse().getContentAsString()).contains("أرسلت بلاغات كثيرة");
    }

    @Test
    void aNewAccountsCommentWithALinkIsHeldBeforeThePublicSeesIt() throws Exception {
        CurrentMember owner = member("hold-owner");
        CurrentMember newcomer = member("newcomer");
        CurrentMember moderator = member("hold-moderator", Role.MODERATOR);
        Listing l = listing(owner);
        String body = "تواصلوا معي هنا https://example.com/offer " + TestData.suffix();
        mvc.perform(post("/engage/comments").with(user(newcomer)).with(csrf()).param("type", "listing").param("id", l.getId().toString())
                        .param("body", body).param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        UUID comment = jdbc.sql("SELECT id FROM engagement_comment WHERE author_id = ? AND body = ?").params(newcomer.uuid(), body)
                .query(UUID.class).single();
        assertThat(jdbc.sql("SELECT hidden_at IS NOT NULL FROM engagement_comment WHERE id = ?").param(comment).query(Boolean.class).single())
                .isTrue();
        mvc.perform(get("/engage/comments").param("type", "listing").param("id", l.getId().toString()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("example.com/offer"))));
        mvc.perform(get("/moderation").with(user(moderator)).param("type", "comment"))
                .andExpect(content().string(containsString("example.com/offer")))
                .andExpect(content().string(containsString("محتجز: رابط من حساب جديد")));
        // the moderator finds it harmless: dismissing the hold shows it
        mvc.perform(post("/moderation/items/{id}/decide", item("comment", comment)).with(user(moderator)).with(csrf())
                        .param("action", "dismiss").param("note", "رابط سليم"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/engage/comments").param("type", "listing").param("id", l.getId().toString()))
                .andExpect(content().string(containsString("example.com/offer")));
        // the same comment without a link from the same account is not held
        String plain = "ما زال متوفرًا؟ " + TestData.suffix();
        mvc.perform(post("/engage/comments").with(user(newcomer)).with(csrf()).param("type", "listing").param("id", l.getId().toString())
                        .param("body", plain).param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/engage/comments").param("type", "listing").param("id", l.getId().toString()))
                .andExpect(content().string(containsString(plain)));
    }

    @Test
    void theAuditLogIsInsertOnlyAndAnEditOutsideTheApplicationBreaksTheChain() throws Exception {
        CurrentMember admin = member("auditor", Role.ADMIN);
        CurrentMember moderator = member("audit-moderator", Role.MODERATOR);
        String marker = "audit-" + TestData.suffix();
        tx.executeWithoutResult(s -> audit.record(admin.uuid(), "test.action", "test", marker, "before"));
        assertThat(audit.verify().intact()).isTrue();
        long id = jdbc.sql("SELECT id FROM audit_log WHERE subject_id = ?").param(marker).query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET detail = 'changed' WHERE id = ?").param(id).update())
                .rootCause().hasMessageContaining("insert-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE id = ?").param(id).update()).rootCause().hasMessageContaining("insert-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update()).rootCause().hasMessageContaining("insert-only");

        mvc.perform(get("/admin/audit").with(user(moderator))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit.csv").with(user(moderator))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(admin)).param("subject", "test"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("السلسلة سليمة")))
                .andExpect(content().string(containsString(marker)));
        mvc.perform(get("/admin/audit").with(user(admin)).param("page", "-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit.csv").with(user(admin)).param("action", "test.action"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(containsString("id,at,actor,action,subject_type,subject_id,detail,previous_hash,hash")))
                .andExpect(content().string(containsString(marker)));

        // an edit made outside the application, with the trigger switched off, shows up in the chain check
        try {
            tx.executeWithoutResult(s -> {
                jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only").update();
                jdbc.sql("UPDATE audit_log SET detail = 'forged' WHERE id = ?").param(id).update();
                jdbc.sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only").update();
            });
            AuditLog.Verification broken = audit.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenId()).isEqualTo(id);
            mvc.perform(get("/admin/audit").with(user(admin))).andExpect(content().string(containsString("السلسلة مكسورة")));
        } finally {
            tx.executeWithoutResult(s -> {
                jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only").update();
                jdbc.sql("UPDATE audit_log SET detail = 'before' WHERE id = ?").param(id).update();
                jdbc.sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only").update();
            });
        }
        assertThat(audit.verify().intact()).isTrue();
    }
    @Test
    void aNewAccountsListingWithALinkIsPostedHiddenAndQueued() throws Exception {
        CurrentMember newcomer = member("listing-newcomer");
        Listing held = ExchangeFixtures.post(listings, newcomer, new org.takatuf.exchange.internal.ListingDraft(
                org.takatuf.exchange.internal.ListingKind.OFFER_THING, Category.BABY, org.takatuf.exchange.internal.Condition.GOOD, false,
                "عربة أطفال " + TestData.suffix(), "التفاصيل على www.example.com/pram", null, null, ExchangeCity.AMMAN, null, null));
        assertThat(held.isHidden()).isTrue();
        mvc.perform(get("/exchange/listings/{id}", held.getId())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT hold_reason FROM moderation_item WHERE target_type = 'listing' AND target_id = ? AND held")
                .param(held.getId()).query(String.class).single()).isEqualTo("new-account-link");
    }

    @Autowired
    org.takatuf.exchange.internal.Safety safety;

    @Test
    void aListingHiddenByThreeMembersReportsOnTheExchangeIsQueuedAndAModeratorWhoFindsItHarmlessShowsItAgain() throws Exception {
        CurrentMember owner = member("hidden-by-reports-owner");
        CurrentMember moderator = member("hidden-by-reports-moderator", Role.MODERATOR);
        Listing l = listing(owner);
        for (int i = 0; i < 3; i++) {
            safety.reportListing(member("exchange-reporter-" + i).uuid(), l.getId(), "scam", "بلاغ " + i);
        }
        mvc.perform(get("/exchange/listings/{id}", l.getId())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT hold_reason FROM moderation_item WHERE target_type = 'listing' AND target_id = ? AND held")
                .param(l.getId()).query(String.class).list()).containsExactly("reports");
        mvc.perform(get("/moderation").with(user(moderator)).param("type", "listing"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(l.getTitle())))
                .andExpect(content().string(containsString("أخفته بلاغات الأعضاء")));
        mvc.perform(post("/moderation/items/{id}/decide", item("listing", l.getId())).with(user(moderator)).with(csrf())
                        .param("action", "dismiss").param("note", "البلاغات غير صحيحة"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/exchange/listings/{id}", l.getId())).andExpect(status().isOk());
    }

    @Test
    void verificationDecisionsAndOpeningsOfProtectedDataReachTheAuditLog() {
        UUID organisation = UUID.randomUUID();
        UUID admin = member("verifier", Role.ADMIN).uuid();
        UUID caseId = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            publisher.publishEvent(new org.takatuf.identity.OrganisationVerified(new org.takatuf.identity.OrganisationId(organisation),
                    new org.takatuf.identity.MemberId(admin)));
            publisher.publishEvent(new org.takatuf.identity.OrganisationRejected(new org.takatuf.identity.OrganisationId(organisation),
                    new org.takatuf.identity.MemberId(admin), "وثيقة غير مقروءة"));
            publisher.publishEvent(new org.takatuf.core.moderation.ProtectedDataOpened("case", caseId, admin, organisation,
                    "متابعة هاتفية", java.time.Instant.now()));
        });
        List<String> actions = Eventually.until(() -> jdbc.sql("SELECT action FROM audit_log WHERE subject_id IN (?, ?) ORDER BY action")
                .params(organisation.toString(), caseId.toString()).query(String.class).list(), l -> l.size() >= 3);
        assertThat(actions).containsExactly("organisation.rejected", "organisation.verified", "protected.opened");
        assertThat(audit.verify().intact()).isTrue();
    }
    @Test
    void campaignsMemberPagesAndCommentsAnswer404WhileHiddenAndComeBack() throws Exception {
        CurrentMember organiser = fixtures.member("منظم");
        org.takatuf.identity.Organisation organisation = fixtures.verifiedOrganisation(organiser);
        org.takatuf.campaigns.Campaign campaign = fixtures.fundraising(organiser, organisation, "1000");
        CurrentMember reporter = member("multi-reporter");
        CurrentMember commenter = member("commenter");
        CurrentMember moderator = member("multi-moderator", Role.MODERATOR);
        Listing l = listing(organiser);
        String words = "تعليق مسيء " + TestData.suffix();
        mvc.perform(post("/engage/comments").with(user(commenter)).with(csrf()).param("type", "listing").param("id", l.getId().toString())
                        .param("body", words).param("requestKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        UUID comment = jdbc.sql("SELECT id FROM engagement_comment WHERE body = ?").param(words).query(UUID.class).single();
        String thread = "/engage/comments?type=listing&id=" + l.getId();

        record Case(String type, UUID id, String page, String text) {
        }
        List<Case> cases = List.of(
                new Case("campaign", campaign.id().value(), "/campaigns/" + campaign.id().value(), campaign.title()),
                new Case("member", commenter.uuid(), "/members/" + commenter.uuid(), commenter.displayName()),
                new Case("comment", comment, thread, words));
        for (Case c : cases) {
            mvc.perform(get(c.page())).andExpect(status().isOk()).andExpect(content().string(containsString(c.text())));
            report(reporter, c.type(), c.id(), "hate");
            UUID item = item(c.type(), c.id());
            mvc.perform(post("/moderation/items/{id}/decide", item).with(user(moderator)).with(csrf()).param("action", "hide")
                    .param("note", "مخالف للقواعد")).andExpect(status().is3xxRedirection());
            if (c.type().equals("comment")) {
                mvc.perform(get(c.page())).andExpect(content().string(not(containsString(c.text()))));
            } else {
                mvc.perform(get(c.page())).andExpect(status().isNotFound());
            }
            // a hidden thing cannot be reported again
            mvc.perform(get("/moderation/report").with(user(moderator)).param("type", c.type()).param("id", c.id().toString()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/moderation/items/{id}/decide", item).with(user(moderator)).with(csrf()).param("action", "restore")
                    .param("note", "بعد المراجعة")).andExpect(status().is3xxRedirection());
            mvc.perform(get(c.page())).andExpect(status().isOk()).andExpect(content().string(containsString(c.text())));
        }
    }

    @Test
    void aCampaignStoryThatIsOnlyALinkIsHeld() {
        CurrentMember organiser = fixtures.member("منظمة");
        org.takatuf.identity.Organisation organisation = fixtures.verifiedOrganisation(organiser);
        org.takatuf.campaigns.CampaignId id = campaigns.create(organiser.id(), new org.takatuf.campaigns.CampaignForm(organisation.getSlug(),
                org.takatuf.campaigns.CampaignKind.FUNDRAISING, "https://example.com/" + TestData.suffix(), "https://example.com/donate",
                "1000", "SAR", null, null, "", "", "", ""));
        assertThat(campaigns.find(id)).isEmpty();
        assertThat(jdbc.sql("SELECT hold_reason FROM moderation_item WHERE target_type = 'campaign' AND target_id = ?")
                .param(id.value()).query(String.class).single()).isEqualTo("link-only");
    }
    @Test
    void anAdministratorsChangeToAnAccountIsAuditedWithTheAdministrator() throws Exception {
        CurrentMember admin = member("account-admin", Role.ADMIN);
        CurrentMember target = member("account-target");
        mvc.perform(post("/admin/members/{id}/grant-moderator", target.uuid()).with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/members/{id}/disable", target.uuid()).with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        record Line(String action, UUID actor) {
        }
        List<Line> lines = Eventually.until(() -> jdbc.sql("SELECT action, actor_id FROM audit_log WHERE subject_id = ? ORDER BY id")
                .param(target.uuid().toString()).query((rs, n) -> new Line(rs.getString(1), rs.getObject(2, UUID.class))).list(),
                l -> l.size() >= 3);
        assertThat(lines).contains(new Line("member.grant-moderator", admin.uuid()), new Line("member.disable", admin.uuid()),
                new Line("member.suspended", null));
    }
}
