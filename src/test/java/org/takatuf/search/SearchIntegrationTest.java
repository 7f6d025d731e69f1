package org.takatuf.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.MemberManagement;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationForm;
import org.takatuf.identity.OrganisationKind;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.SignUpForm;
import org.takatuf.search.internal.SearchIndex;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;

/**
 * Search through the real Lucene analysers: Arabic spelling variants find each other, only visible
 * entities are returned, all indexed types are searched at once. Each test narrows its query with a
 * unique Latin token so that it never depends on what other tests stored.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicSearch search;

    @Autowired
    SearchIndex index;

    @Autowired
    AccountProvisioning accounts;

    @Autowired
    MemberManagement memberManagement;

    @Autowired
    OrganisationManagement organisations;

    /** Unique for this run: every stored text below carries it. */
    final String token = "tk" + TestData.suffix();
    Organisation akram;
    Organisation charity;
    Organisation hospital;
    MemberId visibleMember;

    @BeforeAll
    void store() {
        MemberId admin = accounts.createVerified(TestData.email("searcher"), TestData.PASSWORD, "باحث " + token, null, null,
                Locale.forLanguageTag("ar"));
        akram = organisations.create(admin, new OrganisationForm("مُبـــادرة أكرم " + token, OrganisationKind.INITIATIVE,
                "تضامنًا مع #كلنا_أكرم منذ عام ٢٠١٧، نساعد من تتجاهل الشركات شكواه. إحسان وآمنة من المتطوعين.", "عمّان", "", ""));
        charity = organisations.create(admin, new OrganisationForm("جمعية البر " + token, OrganisationKind.CHARITY,
                "سلال غذائية للأسر.", "الرياض", "", ""));
        hospital = organisations.create(admin, new OrganisationForm("أصدقاء المستشفى " + token, OrganisationKind.CHARITY,
                "نرافق المرضى في مستشفى الأطفال وفي مستشفي الولادة.", "جدة", "", ""));
        visibleMember = accounts.createVerified(TestData.email("visible"), TestData.PASSWORD, "أكرم الزعبي " + token, "إربد",
                "متطوع في بنك الطعام", Locale.forLanguageTag("ar"));
        // signed up but never verified: not public, must not be found
        memberManagement.signUp(new SignUpForm(TestData.email("hidden"), "أكرم المخفي " + token, TestData.PASSWORD),
                Locale.forLanguageTag("ar"));
    }

    private List<String> urls(String query) {
        return search.search(query + " " + token, 0).hits().stream().map(SearchResults.Hit::url).toList();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            // hamza and alef forms, and the word inside a hashtag
            "اكرم, akram", "أكرم, akram", "إكرام, none", "احسان, akram", "امنه, akram", "آمنة, akram",
            // ta marbuta and alef maqsura
            "جمعيه, charity", "جمعية, charity", "مستشفي, hospital", "مستشفى, hospital", "المستشفي, hospital",
            // diacritics and tatweel, in the text and in the query
            "مبادرة, akram", "مُبَادَرَة, akram", "مبــادرة, akram",
            // Arabic-Indic and Western digits
            "2017, akram", "٢٠١٧, akram",
            // the hashtag as typed
            "#كلنا_أكرم, akram", "كلنا, akram"})
    void arabicSpellingVariantsFindEachOther(String query, String expected) {
        List<String> urls = urls(query);
        switch (expected) {
            case "akram" -> assertThat(urls).contains(akram.getSearchUrl());
            case "charity" -> assertThat(urls).contains(charity.getSearchUrl());
            case "hospital" -> assertThat(urls).contains(hospital.getSearchUrl());
            default -> assertThat(urls).doesNotContain(akram.getSearchUrl(), charity.getSearchUrl(), hospital.getSearchUrl());
        }
    }

    @Test
    void everyWordMustMatch() {
        assertThat(urls("جمعية الرياض")).contains(charity.getSearchUrl());
        assertThat(urls("جمعية القاهرة")).isEmpty();
    }

    @Test
    void searchesAllIndexedTypesAtOnceAndOnlyVisibleOnes() {
        SearchResults results = search.search("اكرم " + token, 0);
        assertThat(results.hits()).extracting(SearchResults.Hit::type).contains("organisation", "member");
        assertThat(results.hits()).extracting(SearchResults.Hit::url).contains("/members/" + visibleMember.value());
        assertThat(results.hits()).extracting(SearchResults.Hit::title).noneMatch(t -> t.contains("المخفي"));
        assertThat(results.total()).isEqualTo(2);
        assertThat(index.isReady()).isTrue();
    }

    @Test
    void anEditIsFoundAtOnce() {
        MemberId admin = organisations.people(akram.organisationId()).getFirst().id();
        Organisation renamed = organisations.create(admin, new OrganisationForm("اسم قديم " + token, OrganisationKind.COMPANY,
                "", "", "", ""));
        organisations.edit(admin, renamed.organisationId(), new OrganisationForm("شركة الاتصالات " + token,
                OrganisationKind.COMPANY, "نجيب على الشكاوى علنًا", "", "", ""));
        assertThat(urls("الاتصالات")).contains(renamed.getSearchUrl());
        assertThat(urls("قديم")).doesNotContain(renamed.getSearchUrl());
    }

    @Test
    void emptyAndTooLongQueriesAreRefused() {
        assertThatThrownBy(() -> search.search("   ", 0)).isInstanceOf(UserInputException.class)
                .hasMessage("search.query.required");
        assertThatThrownBy(() -> search.search(null, 0)).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> search.search("ا".repeat(201), 0)).isInstanceOf(UserInputException.class)
                .hasMessage("search.query.too-long");
        assertThat(search.search("ا".repeat(200), 0).total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theApiAnswersWithTheDocumentedShape() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "جمعيه " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("جمعيه " + token))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits.length()").value(1))
                .andExpect(jsonPath("$.hits[0].type").value("organisation"))
                .andExpect(jsonPath("$.hits[0].title").value(charity.getName()))
                .andExpect(jsonPath("$.hits[0].url").value(charity.getSearchUrl()))
                .andExpect(jsonPath("$.hits[0].snippet").value("سلال غذائية للأسر."));
    }

    @Test
    void theApiRefusesBadQueriesInTheRequestLanguage() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.message").value("اكتب ما تبحث عنه."));
        mvc.perform(get("/api/v1/search"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("اكتب ما تبحث عنه."));
        mvc.perform(get("/api/v1/search").param("q", "").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Type what you are looking for."));
        mvc.perform(get("/api/v1/search").param("q", "x".repeat(201)).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("200")));
        mvc.perform(get("/api/v1/search").param("q", "اكرم").param("page", "abc"))
                .andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"*()[]{}~^:!\\/", "AND OR NOT", "' OR 1=1 --", "<script>alert(1)</script>",
            "\u202E\u202Dملف", "#", "_", "٠١٢٣", "𝕿𝖆𝖐𝖆𝖙𝖚𝖋", "a*", "?", "\"unterminated", "-", "ـــ", "\u064E\u064F"})
    void oddInputNeverFails(String query) throws Exception {
        mvc.perform(get("/api/v1/search").param("q", query)).andExpect(status().isOk());
        mvc.perform(get("/search").param("q", query)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        mvc.perform(get("/api/v1/search").param("q", query).param("page", "-1")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/search").param("q", query).param("page", "2147483647")).andExpect(status().isOk());
    }

    @Test
    void theSearchPageShowsHitsOrSaysWhatToCorrect() throws Exception {
        mvc.perform(get("/search")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("alert-warning"))));
        mvc.perform(get("/search").param("q", "مستشفي " + token)).andExpect(status().isOk())
                .andExpect(content().string(containsString(hospital.getName())))
                .andExpect(content().string(containsString(hospital.getSearchUrl())))
                .andExpect(content().string(containsString("نتيجة واحدة")));
        mvc.perform(get("/search").param("q", " ")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("اكتب ما تبحث عنه.")));
        mvc.perform(get("/search").param("q", "x".repeat(300)).param("lang", "en")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("longer than 200")));
    }
}
