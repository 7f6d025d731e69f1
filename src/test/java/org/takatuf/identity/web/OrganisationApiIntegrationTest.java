package org.takatuf.identity.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationForm;
import org.takatuf.identity.OrganisationKind;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestAccounts;
import org.takatuf.support.TestData;

@IntegrationTest
class OrganisationApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountProvisioning accounts;

    @Autowired
    OrganisationManagement organisations;

    @Test
    void listsAndShowsOrganisationsWithoutPrivateDetails() throws Exception {
        CurrentMember admin = TestAccounts.create(accounts, "api");
        String city = "صور " + TestData.suffix();
        String contact = TestData.email("contact");
        Organisation organisation = organisations.create(admin.id(), new OrganisationForm("مبادرة المقايضة " + TestData.suffix(),
                OrganisationKind.COMMUNITY_GROUP, "نتبادل السلع والخدمات.", city, "https://example.org", contact));

        mvc.perform(get("/api/v1/organisations").param("city", city))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.items[0].slug").value(organisation.getSlug()))
                .andExpect(jsonPath("$.items[0].name").value(organisation.getName()))
                .andExpect(jsonPath("$.items[0].kind").value("COMMUNITY_GROUP"))
                .andExpect(jsonPath("$.items[0].city").value(city))
                .andExpect(jsonPath("$.items[0].verified").value(false))
                .andExpect(jsonPath("$.items[0].url").value("/organisations/" + organisation.getSlug()))
                .andExpect(content().string(not(containsString(contact))));
        mvc.perform(get("/api/v1/organisations").param("city", city).param("verified", "true"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));

        mvc.perform(get("/api/v1/organisations/" + organisation.getSlug()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(organisation.getName()))
                .andExpect(jsonPath("$.description").value("نتبادل السلع والخدمات."))
                .andExpect(jsonPath("$.website").value("https://example.org"))
                .andExpect(content().string(not(containsString(contact))))
                .andExpect(content().string(not(containsString(admin.email()))));
    }

    @Test
    void badParametersAndUnknownSlugsAreClearErrors() throws Exception {
        mvc.perform(get("/api/v1/organisations/no-such-" + TestData.suffix()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.message").value("لم نجد الصفحة التي تبحث عنها."));
        mvc.perform(get("/api/v1/organisations").param("kind", "BANK").param("lang", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").isString());
        mvc.perform(get("/api/v1/organisations").param("page", "many"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/organisations").param("size", "100000").param("page", "999999"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(100));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].get.summary").value("List organisations"))
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{slug}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/search'].get.parameters[*].name", hasItem("q")))
                .andExpect(jsonPath("$.tags[*].name", hasItem("Search")));
    }
}
