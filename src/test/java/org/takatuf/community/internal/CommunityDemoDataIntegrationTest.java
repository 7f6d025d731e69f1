package org.takatuf.community.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.engagement.internal.Feed;
import org.takatuf.identity.Members;
import org.takatuf.support.Eventually;
import org.takatuf.support.IntegrationTest;
import org.takatuf.volunteering.VolunteeringFixtures;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/** The community demo content (normally written on the embedded default's first start), written with members of this test. */
@IntegrationTest
@Import(VolunteeringTestConfiguration.class)
class CommunityDemoDataIntegrationTest {

    @Autowired
    VolunteeringFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;
    @Autowired
    Groups groups;
    @Autowired
    Events events;
    @Autowired
    Clock clock;
    @Autowired
    Feed feed;
    @Autowired
    MockMvc mvc;

    @Test
    void runnersWomenEntrepreneursAndTheHashtagConversationsOfTheStories() throws Exception {
        new CommunityDemoData(jdbc, members, groups, events, clock).seed(fixtures.member("يوسف عبد الرحمن"), fixtures.member("هدى المصري"),
                fixtures.member("رنا الخطيب"), Optional.of(fixtures.member("ليلى حداد")));
        Groups.Group runners = groups.find("cairo-runners").orElseThrow();
        assertThat(events.ofGroup(runners.id(), 20)).hasSize(9)
                .anySatisfy(e -> assertThat(e.capacity()).isEqualTo(5000))
                .filteredOn(e -> e.seriesId() != null).hasSize(8)
                .allSatisfy(e -> assertThat(e.startsAt().atZone(e.zone()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY));
        assertThat(groups.find("i-make-this").orElseThrow().womenOnly()).isTrue();
        // #كلنا_أكرم and #كلنا_اكرم are one conversation
        Eventually.until(() -> feed.taggedCount("كلنا_اكرم"), n -> n >= 3);
        assertThat(feed.taggedCount("ادعم_المحلي")).isPositive();
        mvc.perform(get("/tags/{t}", "كلنا_اكرم")).andExpect(status().isOk())
                .andExpect(content().string(containsString("وصل الوسم إلى بيروت")));
        mvc.perform(get("/groups/cairo-runners")).andExpect(status().isOk()).andExpect(content().string(containsString("جري الجمعة الأسبوعي")));
    }
}
