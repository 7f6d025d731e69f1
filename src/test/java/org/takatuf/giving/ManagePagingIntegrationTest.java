package org.takatuf.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.campaigns.Campaign;
import org.takatuf.giving.internal.Giving;
import org.takatuf.giving.internal.Pledge;
import org.takatuf.giving.internal.PledgeMethod;
import org.takatuf.giving.internal.PledgeRequest;
import org.takatuf.giving.internal.PledgeStatus;
import org.takatuf.giving.internal.Pledges;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.ledger.Ledger;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;
import org.takatuf.volunteering.MutableClock;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/**
 * The organisation's management page for a campaign with more pledges than one page: keyset pages newest first
 * through the "older" links, the status filter kept on every link, the search by bank-transfer reference, bulk
 * confirmation from any page, the CSV of all pledges, and the answers to forged links and to strangers.
 */
@IntegrationTest
@Import(VolunteeringTestConfiguration.class) // shares the context (and its movable clock) with the other giving tests
class ManagePagingIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    Giving giving;
    @Autowired
    Pledges pledges;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Setup(CurrentMember organiser, Organisation organisation, Campaign campaign, CurrentMember donor) {
        UUID id() {
            return campaign.id().value();
        }
    }

    Setup setup() {
        CurrentMember organiser = fixtures.member("منظّم");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        return new Setup(organiser, org, fixtures.fundraising(organiser, org, "900000"), fixtures.member("متبرع"));
    }

    Pledge pledge(Setup s, boolean anonymous, String message) {
        UUID id = giving.pledge(s.donor().id(), GivingFixtures.key(), new PledgeRequest(s.id(), PledgeMethod.BANK_TRANSFER, "25",
                null, null, anonymous, message, null)).pledgeId();
        return pledges.find(id).orElseThrow();
    }

    /**
     * {@code count} bank-transfer pledges stored directly (the writer is not what is tested here), three to a timestamp
     * (so that ids must break ties), one second apart going back from {@code newest}, with the statuses in turn.
     */
    void stored(Setup s, int count, Instant newest, String... statuses) {
        String run = TestData.suffix();
        jdbc.sql("""
                        INSERT INTO pledge (id, campaign_id, member_id, method, amount_minor, currency, status, reference, anonymous,
                                            idempotency_key, request_hash, response, created_at)
                        SELECT gen_random_uuid(), ?, ?, 'BANK_TRANSFER', 1000, 'SAR', x.s[1 + g % cardinality(x.s)],
                               'TK-' || ? || '-' || g, false, 'paging-' || ? || '-' || g, repeat('0', 64), '{}',
                               ?::timestamptz - (g / 3) * interval '1 second'
                        FROM generate_series(1, ?) g, (SELECT ?::text[] AS s) x""")
                .params(s.id(), s.donor().uuid(), run, run, Timestamp.from(newest), count, statuses).update();
    }

    /** The campaign's pledges with these statuses, in the page's order. */
    List<UUID> expected(Setup s, String... statuses) {
        return jdbc.sql("SELECT id FROM pledge WHERE campaign_id = ? AND status = ANY(?::text[]) ORDER BY created_at DESC, id DESC")
                .params(s.id(), statuses).query(UUID.class).list();
    }

    Document page(CurrentMember who, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static List<UUID> shown(Document page) {
        return page.select("input[name=pledge]").stream().map(e -> UUID.fromString(e.val())).toList();
    }

    /** Follows the "older pledges" links from {@code url} to the last page; returns each page's pledges. */
    List<List<UUID>> walk(CurrentMember who, String url, String status) throws Exception {
        List<List<UUID>> pages = new ArrayList<>();
        String next = url;
        while (next != null) {
            Document page = page(who, next);
            pages.add(shown(page));
            assertThat(page.select("#newest")).as("a link back to the newest page from an older one").hasSize(pages.size() > 1 ? 1 : 0);
            if (status != null) {
                assertThat(page.select("#newest, #older").eachAttr("href")).allMatch(h -> h.contains("status=" + status));
                assertThat(page.select("input[type=hidden][name=status]").val()).isEqualTo(status);
                assertThat(page.select("#filters a.active").attr("href")).contains("status=" + status);
            }
            Element older = page.selectFirst("#older");
            next = older == null ? null : older.attr("href").replaceFirst("#.*", "");
        }
        return pages;
    }

    String text(String key, String lang, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(lang));
    }

    @Test
    void theOlderLinksWalkThroughEveryPledgeNewestFirstWithoutGapsOrRepeats() throws Exception {
        Setup s = setup();
        Instant now = clock.instant();
        stored(s, 230, now.minusSeconds(60), "PLEDGED", "CONFIRMED");
        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            pledge(s, false, null); // three pledges of one instant (the clock stands still): the newest, ties broken by id
        }
        List<UUID> all = expected(s, "PLEDGED", "CONFIRMED");
        assertThat(all).hasSize(233);

        List<List<UUID>> pages = walk(s.organiser(), "/campaigns/" + s.id() + "/manage", null);
        assertThat(pages).extracting(List::size).containsExactly(100, 100, 33);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(all);

        // a page's "newest" link starts again from the top
        Document second = page(s.organiser(), "/campaigns/" + s.id() + "/manage?before="
                + Pledges.Cursor.after(pledges.find(all.get(99)).orElseThrow()).token());
        assertThat(shown(second)).isEqualTo(all.subList(100, 200));
        assertThat(shown(page(s.organiser(), second.selectFirst("#newest").attr("href").replaceFirst("#.*", ""))))
                .isEqualTo(all.subList(0, 100));
    }

    @Test
    void theStatusFilterShowsOnlyItsPledgesAndStaysOnEveryLink() throws Exception {
        Setup s = setup();
        stored(s, 420, clock.instant(), "PLEDGED", "RECEIVED", "CONFIRMED", "CONFIRMED", "EXPIRED", "CONFIRMED", "REFUNDED");
        for (var filter : List.of(
                List.of("waiting", "PLEDGED", "RECEIVED"), List.of("confirmed", "CONFIRMED"), List.of("refunded", "REFUNDED"),
                List.of("expired", "EXPIRED"), List.of("all", "PLEDGED", "RECEIVED", "CONFIRMED", "EXPIRED", "REFUNDED"))) {
            String status = filter.getFirst();
            String[] statuses = filter.subList(1, filter.size()).toArray(String[]::new);
            List<List<UUID>> pages = walk(s.organiser(), "/campaigns/" + s.id() + "/manage?status=" + status, status);
            assertThat(pages.stream().flatMap(List::stream).toList()).as(status).isEqualTo(expected(s, statuses));
            assertThat(pages).as(status).allMatch(p -> p.size() <= 100);
        }
        assertThat(expected(s, "CONFIRMED")).hasSize(180); // three pages of one filter, and one of others

        // what the filter offers is what PledgeStatus has: waiting = pledged or received
        Document page = page(s.organiser(), "/campaigns/" + s.id() + "/manage?status=waiting&lang=en");
        assertThat(page.select("#filters a").eachText())
                .containsExactly("All", "Waiting for confirmation", "Confirmed", "Refunded", "Expired");
        assertThat(page.select("input[name=pledge]")).allMatch(e -> !e.hasAttr("disabled"));

        MvcResult bad = mvc.perform(get("/campaigns/{id}/manage", s.id()).param("status", "PAID").with(user(s.organiser())))
                .andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(text("giving.manage.bad-filter", "ar"));
    }

    @Test
    void aForgedOrMangledCursorIsALocalisedBadRequestInBothLanguages() throws Exception {
        Setup s = setup();
        stored(s, 5, clock.instant(), "PLEDGED");
        UUID any = UUID.randomUUID();
        for (String cursor : List.of("x", "123", "1_" + any + "' OR 1=1--", "1_not-a-uuid-at-all", "-5_" + any,
                "99999999999999999999_" + any, "999999999999999999_" + any, "١٧٠٠٠٠٠٠٠٠_" + any, "1_" + any + "_2")) {
            for (String lang : List.of("ar", "en")) {
                MvcResult r = mvc.perform(get("/campaigns/{id}/manage", s.id()).param("before", cursor).param("lang", lang)
                        .with(user(s.organiser()))).andReturn();
                String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(r.getResponse().getStatus()).as(cursor).isEqualTo(400);
                assertThat(body).as(cursor + " " + lang).contains(text("giving.manage.bad-cursor", lang))
                        .doesNotContain("Exception").doesNotContain("at org.");
            }
        }
        assertThat(text("giving.manage.bad-cursor", "ar")).isNotEqualTo(text("giving.manage.bad-cursor", "en"));
        // a well-formed cursor that names no pledge is just a place in time: the pledges older than it
        assertThat(shown(page(s.organiser(), "/campaigns/" + s.id() + "/manage?before=" + new Pledges.Cursor(
                clock.instant().plusSeconds(1), any).token()))).hasSize(5);
    }

    @Test
    void theReferenceSearchFindsThePledgeHoweverTheBankWroteIt() throws Exception {
        Setup s = setup();
        stored(s, 150, clock.instant().minusSeconds(600), "PLEDGED");
        Pledge wanted = pledge(s, true, null);
        Setup other = setup();
        Pledge elsewhere = pledge(other, false, null);
        String ref = wanted.reference(); // TK-XXXX-XXXX
        String spaced = ref.toLowerCase(Locale.ROOT).replace('-', ' ');
        String arabicDigits = ref.chars().mapToObj(c -> Character.toString(c >= '0' && c <= '9' ? '٠' + c - '0' : c))
                .collect(java.util.stream.Collectors.joining());
        for (String typed : List.of(ref, ref.toLowerCase(Locale.ROOT), spaced, ref.replace("-", ""), "  " + spaced + " ",
                "Transfer " + ref.toLowerCase(Locale.ROOT) + " from Ahmad", "حوالة " + ref.replace("-", " "), arabicDigits)) {
            MvcResult r = mvc.perform(get("/campaigns/{id}/manage", s.id()).param("reference", typed).with(user(s.organiser())))
                    .andReturn();
            assertThat(r.getResponse().getStatus()).as(typed).isEqualTo(200);
            Document page = Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(shown(page)).as(typed).containsExactly(wanted.id());
            assertThat(page.select("#search-found").text()).contains(ref);
            assertThat(page.select("#older, #newest")).isEmpty();
            // the organisation knows an anonymous donor's name
            assertThat(page.select("tbody tr").text()).contains(wanted.donorName());
        }
        // another campaign's pledge is not found here
        Document none = page(s.organiser(), "/campaigns/" + s.id() + "/manage?reference=" + elsewhere.reference());
        assertThat(shown(none)).isEmpty();
        assertThat(none.select("#search-none").text()).isEqualTo(text("giving.manage.search.none", "ar", elsewhere.reference()));
        // no reference in what was typed: a localised 400 on the page, the text echoed escaped
        for (String lang : List.of("ar", "en")) {
            MvcResult r = mvc.perform(get("/campaigns/{id}/manage", s.id()).param("reference", "<b>TK-12</b>").param("lang", lang)
                    .with(user(s.organiser()))).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(400);
            Document page = Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(page.select("#search-error").text()).isEqualTo(text("giving.manage.search.not-a-reference", lang, "<b>TK-12</b>"));
            assertThat(page.select("#search-error b")).isEmpty();
        }
    }

    @Test
    void bulkConfirmationWorksOnAnOlderPageOfAFilterAndComesBackToIt() throws Exception {
        Setup s = setup();
        List<Pledge> real = List.of(pledge(s, false, null), pledge(s, false, null), pledge(s, true, null));
        // 130 newer waiting pledges push the real ones to the second page of "waiting"
        stored(s, 130, clock.instant().plusSeconds(600), "PLEDGED");
        Document first = page(s.organiser(), "/campaigns/" + s.id() + "/manage?status=waiting");
        String olderHref = first.selectFirst("#older").attr("href").replaceFirst("#.*", "");
        Document second = page(s.organiser(), olderHref);
        assertThat(shown(second)).containsAll(real.stream().map(Pledge::id).toList());
        String before = second.select("input[type=hidden][name=before]").val();
        assertThat(before).isNotEmpty();
        assertThat(olderHref).contains("before=" + before);

        MvcResult confirmed = mvc.perform(post("/campaigns/{id}/manage/confirm", s.id()).with(user(s.organiser())).with(csrf())
                .param("key", second.select("form[action$=/confirm] input[name=key]").val())
                .param("pledge", real.get(0).id().toString(), real.get(2).id().toString())
                .param("status", "waiting").param("before", before)).andReturn();
        assertThat(confirmed.getResponse().getStatus()).isEqualTo(302);
        assertThat(confirmed.getResponse().getRedirectedUrl())
                .isEqualTo("/campaigns/" + s.id() + "/manage?status=waiting&before=" + before);
        assertThat(confirmed.getFlashMap().get("confirmed")).isEqualTo(2);
        assertThat(pledges.find(real.get(0).id()).orElseThrow().status()).isEqualTo(PledgeStatus.CONFIRMED);
        assertThat(pledges.find(real.get(2).id()).orElseThrow().status()).isEqualTo(PledgeStatus.CONFIRMED);
        assertThat(pledges.find(real.get(1).id()).orElseThrow().status()).isEqualTo(PledgeStatus.PLEDGED);
        assertThat(shown(page(s.organiser(), confirmed.getResponse().getRedirectedUrl())))
                .contains(real.get(1).id()).doesNotContain(real.get(0).id(), real.get(2).id());

        // from a search result, back to the search; a forged cursor beside an accepted confirmation goes to the newest page
        MvcResult fromSearch = mvc.perform(post("/campaigns/{id}/manage/confirm", s.id()).with(user(s.organiser())).with(csrf())
                .param("key", GivingFixtures.key()).param("pledge", real.get(1).id().toString())
                .param("reference", real.get(1).reference()).param("before", "forged")).andReturn();
        assertThat(fromSearch.getResponse().getRedirectedUrl())
                .isEqualTo("/campaigns/" + s.id() + "/manage?reference=" + real.get(1).reference());
        assertThat(pledges.find(real.get(1).id()).orElseThrow().status()).isEqualTo(PledgeStatus.CONFIRMED);
        assertThat(ledger.checkIntegrity()).isEmpty();
    }

    @Test
    void theCsvHasEveryPledgeOfTheFilterInTheReadersLanguage() throws Exception {
        Setup s = setup();
        stored(s, 1_050, clock.instant().minusSeconds(60), "PLEDGED", "CONFIRMED", "EXPIRED");
        clock.advance(Duration.ofSeconds(1));
        Pledge anonymous = pledge(s, true, "=HYPERLINK(\"http://evil\")");

        MvcResult r = mvc.perform(get("/campaigns/{id}/manage/pledges.csv", s.id()).with(user(s.organiser()))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).startsWith("text/csv");
        byte[] bytes = r.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(1 + 1_051);
        assertThat(lines[0]).startsWith("\"" + text("giving.bank.reference", "ar") + "\"");
        // newest first, the anonymous donor by name, the message neutralised for spreadsheets
        assertThat(lines[1]).startsWith("\"" + anonymous.reference() + "\"").contains("\"" + anonymous.donorName() + "\"")
                .contains("\"" + text("giving.manage.csv.yes", "ar") + "\"").contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        List<String> references = jdbc.sql("SELECT reference FROM pledge WHERE campaign_id = ? ORDER BY created_at DESC, id DESC")
                .param(s.id()).query(String.class).list();
        assertThat(java.util.Arrays.stream(lines).skip(1).map(l -> l.substring(1, l.indexOf('"', 1))).toList()).isEqualTo(references);

        MvcResult waiting = mvc.perform(get("/campaigns/{id}/manage/pledges.csv", s.id()).param("status", "waiting")
                .param("lang", "en").with(user(s.organiser()))).andReturn();
        String[] waitingLines = waiting.getResponse().getContentAsString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(waitingLines).hasSize(1 + expected(s, "PLEDGED", "RECEIVED").size());
        assertThat(waitingLines[0]).contains("\"Reference\"");
        assertThat(java.util.Arrays.stream(waitingLines).skip(1)).allMatch(l -> l.contains("\"Pledged\""));
    }

    @Test
    void someoneOutsideTheOrganisationIsRefusedEveryPageLinkSearchAndCsv() throws Exception {
        Setup s = setup();
        Pledge p = pledge(s, false, null);
        CurrentMember stranger = fixtures.member("غريب");
        for (String url : List.of("/campaigns/" + s.id() + "/manage?status=waiting",
                "/campaigns/" + s.id() + "/manage?before=" + Pledges.Cursor.after(p).token(),
                "/campaigns/" + s.id() + "/manage?reference=" + p.reference(),
                "/campaigns/" + s.id() + "/manage/pledges.csv")) {
            MvcResult r = mvc.perform(get(url).with(user(stranger))).andReturn();
            assertThat(r.getResponse().getStatus()).as(url).isEqualTo(403);
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(p.reference());
        }
        assertThat(mvc.perform(get("/campaigns/{id}/manage/pledges.csv", s.id())).andReturn().getResponse().getStatus())
                .isIn(302, 401);
    }
}
