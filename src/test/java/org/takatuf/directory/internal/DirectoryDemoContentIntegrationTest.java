package org.takatuf.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.Members;
import org.takatuf.support.IntegrationTest;

/** Support local's demo content written here through its service: the home businesses of the #ادعم_المحلي story. */
@IntegrationTest
class DirectoryDemoContentIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Members members;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    Directory directory;
    @Autowired
    MockMvc mvc;

    @Test
    void homeBusinessesOfTheStoriesWithAnAmbassadorsEidList() throws Exception {
        Directory.FeaturedList list = new DirectoryDemoData(jdbc, members, accounts, directory).seed();
        assertThat(list.title()).isEqualTo("١٠ مشاريع منزلية ندعمها هذا العيد");
        assertThat(list.businesses()).extracting(c -> c.business().getName())
                .contains("إكسسوارات لمى اليدوية", "حجابات سلمى", "فوانيس وزينة رمضان — أم يزن", "مشغل نادية — ملابس العيد للأطفال");
        assertThat(list.businesses()).allSatisfy(c -> assertThat(c.endorsements()).isGreaterThanOrEqualTo(3));
        Business kitchen = list.businesses().stream().map(Directory.Card::business).filter(b -> b.getName().equals("مطبخ أم سامي"))
                .findFirst().orElseThrow();
        assertThat(directory.offers(kitchen.getId())).extracting(Directory.InKindOffer::quantity).contains(100);
        mvc.perform(get("/local/lists/{slug}", list.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("حجابات سلمى")));
    }
}
