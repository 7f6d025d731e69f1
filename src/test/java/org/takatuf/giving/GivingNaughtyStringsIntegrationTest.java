package org.takatuf.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.campaigns.Campaign;
import org.takatuf.giving.internal.Confirmations;
import org.takatuf.giving.internal.PledgeStatus;
import org.takatuf.giving.internal.Pledges;
import org.takatuf.identity.ApiTokenManagement;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.ledger.Ledger;
import org.takatuf.support.IntegrationTest;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Big List of Naughty Strings through the giving forms: the pledge form (amount, message, referral,
 * method; every 10th string also as the message of a valid pledge submitted twice with one key), the pledge
 * API, donors named with them, and the cells of an imported bank statement (descriptions, amounts). Never a
 * 5xx, never an unescaped echo, never a duplicated or lost pledge, and the ledger stays sound.
 */
@IntegrationTest
class GivingNaughtyStringsIntegrationTest {

    static List<String> naughty;

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    Pledges pledges;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    Ledger ledger;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = GivingNaughtyStringsIntegrationTest.class.getResourceAsStream("/blns/blns.json")) {
            naughty = JsonMapper.builder().build().readValue(in, new TypeReference<List<String>>() { });
        }
        assertThat(naughty).hasSizeGreaterThan(400);
    }

    record Setup(CurrentMember organiser, Campaign campaign, CurrentMember donor) {
    }

    Setup setup() {
        CurrentMember organiser = fixtures.member("منظّم");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        return new Setup(organiser, fixtures.fundraising(organiser, org, "100000"), fixtures.member("متبرّع"));
    }

    long pledgesOf(CurrentMember member) {
        return jdbc.sql("SELECT count(*) FROM pledge WHERE member_id = ?").param(member.uuid()).query(Long.class).single();
    }

    static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    @Test
    void thePledgeFormSurvivesEveryStringAndNeverDuplicatesOrLosesAPledge() throws Exception {
        Setup s = setup();
        List<String> problems = new ArrayList<>();
        long stored = 0;
        for (int i = 0; i < naughty.size(); i++) {
            String n = naughty.get(i);
            String method = switch (i % 3) { case 0 -> "BANK_TRANSFER"; case 1 -> "CASH"; default -> "CARD"; };
            MvcResult bad = mvc.perform(post("/campaigns/{id}/pledges", s.campaign().id().value()).with(user(s.donor())).with(csrf())
                    .param("key", "blns-bad-" + i).param("method", method).param("amount", n).param("message", n).param("ref", n)
                    .param("monthly", i % 2 == 0 ? "false" : n)).andReturn();
            check(problems, n, bad);
            check(problems, n, mvc.perform(post("/campaigns/{id}/pledges", s.campaign().id().value()).with(user(s.donor())).with(csrf())
                    .param("key", "blns-method-" + i).param("method", n).param("amount", "5")).andReturn());
            if (i % 10 == 0) {
                String message = cut(n, 500);
                String key = "blns-ok-" + i;
                MvcResult first = mvc.perform(post("/campaigns/{id}/pledges", s.campaign().id().value()).with(user(s.donor())).with(csrf())
                        .param("key", key).param("method", "BANK_TRANSFER").param("amount", "5").param("message", message).param("ref", n))
                        .andReturn();
                MvcResult again = mvc.perform(post("/campaigns/{id}/pledges", s.campaign().id().value()).with(user(s.donor())).with(csrf())
                        .param("key", key).param("method", "BANK_TRANSFER").param("amount", "5").param("message", message).param("ref", n))
                        .andReturn();
                check(problems, n, first);
                if (first.getResponse().getStatus() == 302) {
                    stored++;
                    if (!first.getResponse().getRedirectedUrl().equals(again.getResponse().getRedirectedUrl())) {
                        problems.add("a double submit of '" + n + "' went to two pages");
                    }
                    check(problems, n, mvc.perform(get(first.getResponse().getRedirectedUrl()).with(user(s.donor()))).andReturn());
                } else if (!message.isBlank() && first.getResponse().getStatus() != 400) {
                    problems.add(first.getResponse().getStatus() + " for a valid pledge with message '" + n + "'");
                }
            }
        }
        // the bad ones stored nothing (the form's amount was the naughty string: only numbers are amounts)
        long numeric = naughty.stream().filter(n -> n.strip().matches("[0-9٠-٩]+([.,][0-9٠-٩]+)?")).count();
        assertThat(pledgesOf(s.donor())).isBetween(stored, stored + 2 * numeric);
        assertThat(stored).isGreaterThan(40);
        check(problems, "", mvc.perform(get("/me/giving").with(user(s.donor()))).andReturn());
        check(problems, "", mvc.perform(get("/campaigns/{id}/manage", s.campaign().id().value()).with(user(s.organiser()))).andReturn());
        assertThat(problems).isEmpty();
    }

    @Test
    void thePledgeApiSurvivesEveryStringAndReplaysInsteadOfDuplicating() throws Exception {
        Setup s = setup();
        String token = tokens.create(s.donor().id(), "blns").secret();
        List<String> problems = new ArrayList<>();
        long stored = 0;
        for (int i = 0; i < naughty.size(); i++) {
            String n = naughty.get(i);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("method", i % 10 == 0 ? "BANK_TRANSFER" : n);
            body.put("amount", i % 10 == 0 ? "3" : n);
            body.put("message", cut(n, 500));
            body.put("referral", n);
            String content = json.writeValueAsString(body);
            MvcResult first = api(s, token, "blns-api-" + i, content);
            check(problems, n, first);
            if (i % 10 == 0) {
                MvcResult again = api(s, token, "blns-api-" + i, content);
                if (first.getResponse().getStatus() == 201) {
                    stored++;
                    if (again.getResponse().getStatus() != 201 || !"true".equals(again.getResponse().getHeader("Idempotent-Replayed"))) {
                        problems.add("no replay for '" + n + "': " + again.getResponse().getStatus());
                    }
                } else if (first.getResponse().getStatus() != 400) {
                    problems.add(first.getResponse().getStatus() + " for a valid API pledge with message '" + n + "'");
                }
            }
            // the naughty string as the idempotency key itself: refused or accepted, never a 5xx
            check(problems, n, api(s, token, n, "{\"method\":\"CASH\",\"amount\":\"1\"}"));
        }
        long asKeys = jdbc.sql("SELECT count(*) FROM pledge WHERE member_id = ? AND method = 'CASH'").param(s.donor().uuid())
                .query(Long.class).single();
        assertThat(pledgesOf(s.donor())).isEqualTo(stored + asKeys);
        assertThat(stored).isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    MvcResult api(Setup s, String token, String key, String content) throws Exception {
        return mvc.perform(post("/api/v1/campaigns/{id}/pledges", s.campaign().id().value()).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(content)).andReturn();
    }

    @Test
    void aStatementOfNaughtyCellsConfirmsOnlyTheRealReferenceAndDonorsNamedWithThemRenderEscaped() throws Exception {
        Setup s = setup();
        // donors named with every 25th string pledge; the real transfer is one line among the naughty ones
        List<String> references = new ArrayList<>();
        for (int i = 0; i < naughty.size(); i += 25) {
            String name = cut(naughty.get(i).strip(), 80);
            CurrentMember donor = fixtures.member(name.isBlank() ? "فارغ" : name);
            MvcResult r = mvc.perform(post("/campaigns/{id}/pledges", s.campaign().id().value()).with(user(donor)).with(csrf())
                    .param("key", "blns-name-" + i).param("method", "BANK_TRANSFER").param("amount", "7")).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(302);
            references.add(pledges.find(java.util.UUID.fromString(r.getResponse().getRedirectedUrl().substring("/pledges/".length())))
                    .orElseThrow().reference());
        }
        StringBuilder csv = new StringBuilder();
        CSVFormat format = CSVFormat.RFC4180;
        csv.append("Description,Amount\r\n");
        for (String n : naughty) {
            csv.append(format.format(n, n)).append("\r\n");
            csv.append(format.format("TRANSFER " + n, "1")).append("\r\n");
        }
        csv.append(format.format("TRANSFER " + references.getFirst() + " ‮ <script>alert(1)</script>", "7")).append("\r\n");
        List<String> problems = new ArrayList<>();
        for (int round = 0; round < 2; round++) { // the same file twice confirms once
            MvcResult result = mvc.perform(multipart("/campaigns/{id}/manage/import", s.campaign().id().value())
                    .file(new MockMultipartFile("statement", "statement.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                    .param("key", "blns-import-" + round).with(user(s.organiser())).with(csrf())).andReturn();
            check(problems, "<script>alert(1)</script>", result);
            if (result.getResponse().getStatus() >= 500 || result.getResponse().getContentAsString().contains("<script>alert(1)</script>")) {
                problems.add("import round " + round + ": " + result.getResponse().getStatus());
            }
        }
        assertThat(problems).isEmpty();
        long confirmed = jdbc.sql("SELECT count(*) FROM pledge WHERE campaign_id = ? AND status = ?")
                .params(s.campaign().id().value(), PledgeStatus.CONFIRMED.name()).query(Long.class).single();
        assertThat(confirmed).isEqualTo(1);
        List<String> pages = List.of("/campaigns/" + s.campaign().id().value() + "/ledger", "/campaigns/" + s.campaign().id().value());
        for (String page : pages) {
            MvcResult r = mvc.perform(get(page)).andReturn();
            for (int i = 0; i < naughty.size(); i += 25) {
                check(problems, cut(naughty.get(i).strip(), 80), r);
            }
        }
        MvcResult manage = mvc.perform(get("/campaigns/{id}/manage", s.campaign().id().value()).with(user(s.organiser()))).andReturn();
        for (int i = 0; i < naughty.size(); i += 25) {
            check(problems, cut(naughty.get(i).strip(), 80), manage);
        }
        assertThat(problems).isEmpty();
        assertThat(ledger.checkIntegrity()).isEmpty();
    }

    @Test
    void theManagementPageSearchAndPagingLinksSurviveEveryString() throws Exception {
        Setup s = setup();
        MvcResult made = mvc.perform(post("/campaigns/{id}/pledges", s.campaign().id().value()).with(user(s.donor())).with(csrf())
                .param("key", "blns-search").param("method", "BANK_TRANSFER").param("amount", "7")).andReturn();
        String reference = pledges.find(java.util.UUID.fromString(made.getResponse().getRedirectedUrl().substring("/pledges/".length())))
                .orElseThrow().reference();
        List<String> problems = new ArrayList<>();
        for (String n : naughty) {
            // the search box: a reference found in the text (none in these strings) or a localised 400
            for (String typed : List.of(n, n + " " + reference)) {
                MvcResult r = mvc.perform(get("/campaigns/{id}/manage", s.campaign().id().value()).param("reference", typed)
                        .with(user(s.organiser()))).andReturn();
                check(problems, typed, r);
                int expected = typed.isBlank() || Confirmations.referenceIn(typed).isPresent() ? 200 : 400;
                if (r.getResponse().getStatus() != expected) {
                    problems.add("search " + r.getResponse().getStatus() + " for " + typed);
                }
            }
            // a paging link's cursor and filter, forged
            for (String param : List.of("before", "status")) {
                MvcResult r = mvc.perform(get("/campaigns/{id}/manage", s.campaign().id().value()).param(param, n)
                        .with(user(s.organiser()))).andReturn();
                check(problems, n, r);
                if (r.getResponse().getStatus() != 200 && r.getResponse().getStatus() != 400) {
                    problems.add(param + " " + r.getResponse().getStatus() + " for " + n);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    static void check(List<String> problems, String s, MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            problems.add(status + " for " + s);
        }
        if (s.contains("<") && result.getResponse().getContentAsString().contains(s)) {
            problems.add("unescaped echo of " + s);
        }
    }
}
