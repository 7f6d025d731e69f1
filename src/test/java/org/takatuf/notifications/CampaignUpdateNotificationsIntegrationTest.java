package org.takatuf.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.campaigns.Campaign;
import org.takatuf.engagement.internal.Follows;
import org.takatuf.giving.GivingFixtures;
import org.takatuf.giving.internal.Giving;
import org.takatuf.giving.internal.PledgeMethod;
import org.takatuf.giving.internal.PledgeRequest;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.notifications.internal.Inbox;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.Eventually;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestImages;

/**
 * The organiser's update reaches every donor (anonymous ones too) and every follower of the campaign,
 * once each, in the inbox and by e-mail with the one-click unsubscribe; nobody else. Only the organiser
 * posts; bad input is a localised 400.
 */
@IntegrationTest
class CampaignUpdateNotificationsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    Giving giving;
    @Autowired
    Follows follows;
    @Autowired
    Inbox inbox;
    @Autowired
    MailCatcher mail;
    @Autowired
    JdbcClient jdbc;

    private List<MailCatcher.CaughtMail> notificationMails(String address) {
        return mail.messagesTo(address).stream().filter(m -> m.textBody().contains("/notifications/")).toList();
    }

    private void pledge(CurrentMember donor, Campaign campaign, boolean anonymous) {
        giving.pledge(donor.id(), GivingFixtures.key(), new PledgeRequest(campaign.id().value(), PledgeMethod.BANK_TRANSFER,
                "25", null, null, anonymous, null, null));
    }

    @Test
    void anUpdateReachesEachDonorAndFollowerOnceAndNobodyElse() throws Exception {
        CurrentMember organiser = fixtures.member("مريم المنظمة");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "1000");
        CurrentMember donor = fixtures.member("متبرع");
        CurrentMember anonymous = fixtures.member("متبرع بلا اسم");
        CurrentMember follower = fixtures.member("متابعة");
        CurrentMember both = fixtures.member("متبرعة ومتابعة");
        CurrentMember stranger = fixtures.member("غريب");
        pledge(donor, campaign, false);
        pledge(anonymous, campaign, true);
        pledge(both, campaign, false);
        follows.follow(follower.id(), "campaign", campaign.id().value().toString(), campaign.title());
        follows.follow(both.id(), "campaign", campaign.id().value().toString(), campaign.title());

        MvcResult posted = mvc.perform(multipart("/campaigns/{id}/updates", campaign.id().value())
                        .file(new MockMultipartFile("photos", "a.png", "image/png", TestImages.png(400, 300, false)))
                        .file(new MockMultipartFile("photos", "b.png", "image/png", TestImages.png(300, 200, false)))
                        .param("title", "وُزّعت أول 100 بطانية").param("text", "صوّرنا التوزيع في المخيم #شتاء_دافئ")
                        .with(user(organiser)).with(csrf()))
                .andReturn();
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        UUID update = jdbc.sql("SELECT id FROM campaign_update WHERE campaign_id = ?").param(campaign.id().value()).query(UUID.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM campaign_photo WHERE update_id = ?").param(update).query(Integer.class).single()).isEqualTo(2);

        for (CurrentMember reader : List.of(donor, anonymous, follower, both)) {
            List<Inbox.Notification> items = Eventually.until(() -> inbox.recent(reader.uuid(), 10), l -> !l.isEmpty());
            assertThat(items).hasSize(1).first().satisfies(n -> {
                assertThat(n.count()).isEqualTo(1);
                assertThat(n.link()).isEqualTo("/campaigns/" + campaign.id().value() + "#update-" + update);
            });
            List<MailCatcher.CaughtMail> mails = Eventually.until(() -> notificationMails(reader.email()), l -> !l.isEmpty());
            assertThat(mails).hasSize(1).first().satisfies(m -> {
                assertThat(m.subject()).contains("وُزّعت أول 100 بطانية");
                assertThat(m.textBody()).contains("/notifications/unsubscribe?m=" + reader.uuid() + "&t=CAMPAIGN_UPDATE");
            });
        }
        assertThat(inbox.recent(stranger.uuid(), 10)).isEmpty();
        assertThat(notificationMails(stranger.email())).isEmpty();
        assertThat(inbox.recent(organiser.uuid(), 10)).isEmpty();

        // the page lists the update with its photos
        String page = mvc.perform(get("/campaigns/{id}", campaign.id().value()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("وُزّعت أول 100 بطانية").contains("id=\"update-" + update + "\"")
                .contains("/campaigns/" + campaign.id().value() + "/photos/");
    }

    @Test
    void onlyTheOrganiserPostsAndBadInputIsALocalised400() throws Exception {
        CurrentMember organiser = fixtures.member("منظم");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        Campaign campaign = fixtures.fundraising(organiser, org, "500");
        CurrentMember other = fixtures.member("ليس من المنظمة");
        mvc.perform(multipart("/campaigns/{id}/updates", campaign.id().value()).param("title", "t").param("text", "نص")
                        .with(user(other)).with(csrf()))
                .andExpect(status().isForbidden());

        MvcResult empty = mvc.perform(multipart("/campaigns/{id}/updates", campaign.id().value()).param("title", "عنوان").param("text", "  ")
                .header("Accept-Language", "en").with(user(organiser)).with(csrf())).andReturn();
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(empty.getResponse().getContentAsString()).contains("Write the update&#39;s text.");

        MvcResult tooLong = mvc.perform(multipart("/campaigns/{id}/updates", campaign.id().value()).param("title", "عنوان")
                .param("text", "ب".repeat(5001)).with(user(organiser)).with(csrf())).andReturn();
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
        assertThat(tooLong.getResponse().getContentAsString()).contains("النص أطول من");

        MvcResult notImage = mvc.perform(multipart("/campaigns/{id}/updates", campaign.id().value())
                .file(new MockMultipartFile("photos", "x.png", "image/png", "MZ not an image at all".getBytes()))
                .param("title", "عنوان").param("text", "نص").header("Accept-Language", "en").with(user(organiser)).with(csrf())).andReturn();
        assertThat(notImage.getResponse().getStatus()).isEqualTo(400);
        assertThat(notImage.getResponse().getContentAsString()).contains("This file type is not accepted");

        assertThat(jdbc.sql("SELECT count(*) FROM campaign_update WHERE campaign_id = ?").param(campaign.id().value())
                .query(Integer.class).single()).isZero();
    }
}
