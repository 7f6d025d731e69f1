package org.takatuf.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.cases.internal.CaseCity;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.IntegrationTest;
import org.takatuf.volunteering.ActivityType;
import org.takatuf.volunteering.VolunteeringFixtures;
import org.takatuf.volunteering.internal.City;
import org.takatuf.volunteering.internal.Gender;
import org.takatuf.volunteering.internal.VolunteerManagement;

/**
 * Volunteers of the volunteer bank on a case's page: those in the case's city are listed (fitting
 * activities first, no contact details) and can be assigned by the handling organisation (timeline
 * step, e-mail in the volunteer's language, event); a volunteer of another city, a paused one or a
 * forged id is neither listed nor assignable; another organisation cannot assign.
 */
@IntegrationTest
@Import(CasesTestConfiguration.class)
@RecordApplicationEvents
class CaseVolunteerBankIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CasesFixtures fixtures;
    @Autowired
    VolunteerManagement volunteers;
    @Autowired
    MailCatcher mails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    record Scene(CurrentMember admin, Organisation org, UUID caseId) {
    }

    /** A verified food case in Beirut handled by a new organisation. */
    Scene beirutFoodCase(String who) throws Exception {
        CurrentMember admin = fixtures.member(who);
        Organisation org = fixtures.organisation(admin, true, CasesFixtures.BEIRUT_FOOD);
        UUID id = fixtures.report(CaseCategory.FOOD, CaseCity.BEIRUT, CasesFixtures.secrets(), false).caseId();
        act(admin, id, "claim", org.getSlug());
        act(admin, id, "verify", org.getSlug(), "note", "اتصال هاتفي وزيارة");
        return new Scene(admin, org, id);
    }

    CurrentMember volunteer(String who, City city, Set<ActivityType> types) {
        CurrentMember m = fixtures.member(who);
        volunteers.save(m.id(), VolunteeringFixtures.profile(types, "", city, 0.0, 0.02, 20, VolunteeringFixtures.fridayMornings(),
                List.of(), Gender.FEMALE));
        return m;
    }

    String manage(CurrentMember who, Scene s) throws Exception {
        return mvc.perform(get("/cases/" + s.caseId() + "/manage").with(user(who)).param("organisation", s.org().getSlug()))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aBankVolunteerOfTheCityIsListedAndAssignedWithStepMailAndEvent() throws Exception {
        Scene s = beirutFoodCase("bank-org");
        CurrentMember fits = volunteer("bank-food", City.BEIRUT, EnumSet.of(ActivityType.FOOD_DISTRIBUTION));
        CurrentMember other = volunteer("bank-tech", City.BEIRUT, EnumSet.of(ActivityType.TECHNOLOGY));
        CurrentMember cairo = volunteer("bank-cairo", City.CAIRO, EnumSet.of(ActivityType.FOOD_DISTRIBUTION));
        CurrentMember paused = volunteer("bank-paused", City.BEIRUT, EnumSet.of(ActivityType.FOOD_DISTRIBUTION));
        volunteers.pause(paused.id(), true);
        jdbc.sql("UPDATE member SET preferred_locale = 'en' WHERE id = ?").param(fits.uuid()).update();

        String page = manage(s.admin(), s);
        assertThat(page).contains(fits.displayName(), other.displayName(), "بيروت", "توزيع الغذاء")
                .doesNotContain(cairo.displayName(), paused.displayName(), fits.email(), other.email());
        // the volunteer whose activities fit the need (food) comes first
        assertThat(page.indexOf(fits.displayName())).isLessThan(page.indexOf(other.displayName()));

        act(s.admin(), s.caseId(), "assign-bank", s.org().getSlug(), "volunteer", fits.uuid().toString());
        // a double submit assigns once
        act(s.admin(), s.caseId(), "assign-bank", s.org().getSlug(), "volunteer", fits.uuid().toString());

        assertThat(jdbc.sql("SELECT count(*) FROM case_assignment WHERE case_id = ? AND member_id = ?")
                .params(s.caseId(), fits.uuid()).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM case_event WHERE case_id = ? AND kind = 'VOLUNTEER_ASSIGNED'")
                .param(s.caseId()).query(Long.class).single()).isOne();
        assertThat(events.stream(CaseVolunteerAssigned.class).filter(e -> e.caseId().value().equals(s.caseId())).toList())
                .containsExactly(new CaseVolunteerAssigned(new CaseId(s.caseId()), s.org().organisationId(), fits.id(),
                        CaseCategory.FOOD, "beirut", true));

        // and in the volunteer's inbox, once (the e-mail above is the cases module's own)
        org.takatuf.support.Eventually.until(() -> jdbc.sql("SELECT count FROM notification WHERE member_id = ? AND type = 'CASE_ASSIGNED' "
                + "AND link = '/me/volunteering'").param(fits.uuid()).query(Integer.class).list(), rows -> rows.equals(List.of(1)));

        List<MailCatcher.CaughtMail> told = mails.messagesTo(fits.email());
        assertThat(told).hasSize(1);
        assertThat(told.getFirst().subject()).contains("help with a humanitarian case");
        assertThat(told.getFirst().textBody()).contains(s.org().getName(), "Food", "Beirut", "/me/volunteering");
        // the protected details never reach the volunteer by this path
        assertThat(told.getFirst().textBody()).doesNotContain("فاطمة سرّية");

        // the page shows the step in the timeline and the volunteer among those assigned
        // names joined with translated labels or inside the timeline's sentences are bidi-isolated (FSI … PDI)
        assertThat(manage(s.admin(), s)).contains("كلّفت \u2068" + s.org().getName() + "\u2069 متطوعًا",
                "المكلّفون: \u2068" + fits.displayName() + "\u2069", "من يتابعها: \u2068" + s.org().getName() + "\u2069");
    }

    @Test
    void aVolunteerOfAnotherCityOrAForgedIdCannotBeAssigned() throws Exception {
        Scene s = beirutFoodCase("bank-forge-org");
        CurrentMember cairo = volunteer("bank-forge-cairo", City.CAIRO, EnumSet.of(ActivityType.FOOD_DISTRIBUTION));
        CurrentMember notInBank = fixtures.member("bank-forge-nobody");

        for (UUID forged : List.of(cairo.uuid(), notInBank.uuid(), UUID.randomUUID())) {
            mvc.perform(post("/cases/" + s.caseId() + "/assign-bank").with(user(s.admin())).with(csrf())
                            .param("organisation", s.org().getSlug()).param("volunteer", forged.toString()))
                    .andExpect(status().isNotFound());
        }
        // no volunteer chosen at all: the page says so
        mvc.perform(post("/cases/" + s.caseId() + "/assign-bank").with(user(s.admin())).with(csrf())
                        .param("organisation", s.org().getSlug()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", containsString("بنك المتطوعين")));
        // without the CSRF token nothing happens
        CurrentMember beirut = volunteer("bank-forge-beirut", City.BEIRUT, EnumSet.of(ActivityType.FOOD_DISTRIBUTION));
        mvc.perform(post("/cases/" + s.caseId() + "/assign-bank").with(user(s.admin()))
                        .param("organisation", s.org().getSlug()).param("volunteer", beirut.uuid().toString()))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("SELECT count(*) FROM case_assignment WHERE case_id = ?").param(s.caseId()).query(Long.class).single()).isZero();
        assertThat(events.stream(CaseVolunteerAssigned.class).filter(e -> e.caseId().value().equals(s.caseId()))).isEmpty();
        assertThat(mails.messagesTo(cairo.email())).isEmpty();
        assertThat(mails.messagesTo(beirut.email())).isEmpty();
    }

    @Test
    void aMemberOfAnotherOrganisationCannotAssignNorSeeTheBank() throws Exception {
        Scene s = beirutFoodCase("bank-owner-org");
        CurrentMember v = volunteer("bank-owner-vol", City.BEIRUT, EnumSet.of(ActivityType.FOOD_DISTRIBUTION));
        // another verified organisation working in Beirut on food: it sees the case in its queue, but does not handle it
        CurrentMember rival = fixtures.member("bank-rival");
        Organisation rivalOrg = fixtures.organisation(rival, true, CasesFixtures.BEIRUT_FOOD);
        String rivalPage = mvc.perform(get("/cases/" + s.caseId() + "/manage").with(user(rival)).param("organisation", rivalOrg.getSlug()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(rivalPage).doesNotContain(v.displayName());
        mvc.perform(post("/cases/" + s.caseId() + "/assign-bank").with(user(rival)).with(csrf())
                        .param("organisation", rivalOrg.getSlug()).param("volunteer", v.uuid().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("error"));
        // an organisation working elsewhere does not even see the case
        CurrentMember far = fixtures.member("bank-far");
        Organisation farOrg = fixtures.organisation(far, true, CasesFixtures.TRIPOLI_FOOD);
        mvc.perform(post("/cases/" + s.caseId() + "/assign-bank").with(user(far)).with(csrf())
                        .param("organisation", farOrg.getSlug()).param("volunteer", v.uuid().toString()))
                .andExpect(status().isNotFound());
        // nor does a member of no organisation
        mvc.perform(post("/cases/" + s.caseId() + "/assign-bank").with(user(fixtures.member("bank-plain"))).with(csrf())
                        .param("volunteer", v.uuid().toString()))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("SELECT count(*) FROM case_assignment WHERE case_id = ?").param(s.caseId()).query(Long.class).single()).isZero();
        assertThat(mails.messagesTo(v.email())).isEmpty();
        // the handling organisation still can
        act(s.admin(), s.caseId(), "assign-bank", s.org().getSlug(), "volunteer", v.uuid().toString());
        assertThat(mails.messagesTo(v.email())).hasSize(1);
        assertThat(mails.messagesTo(v.email()).getFirst().textBody()).contains("كلّفتك \u2068" + s.org().getName() + "\u2069", "غذاء", "بيروت");
    }

    void act(CurrentMember who, UUID id, String action, String slug, String... params) throws Exception {
        var request = post("/cases/" + id + "/" + action).with(user(who)).with(csrf()).param("organisation", slug);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
    }
}
