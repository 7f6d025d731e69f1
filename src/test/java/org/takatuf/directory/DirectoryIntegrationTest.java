package org.takatuf.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.takatuf.directory.internal.Business;
import org.takatuf.directory.internal.BusinessCategory;
import org.takatuf.directory.internal.BusinessDraft;
import org.takatuf.directory.internal.Directory;
import org.takatuf.directory.internal.DirectoryCity;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Role;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestAccounts;
import org.takatuf.support.TestData;

/** Support local of issue 8 through its pages and service, with two (or three) real accounts. */
@IntegrationTest
class DirectoryIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    Directory directory;

    CurrentMember member(String who, Role... roles) {
        return TestAccounts.create(accounts, who, roles);
    }

    static BusinessDraft hijabs(String name) {
        return new BusinessDraft(name, "حجابات مطرّزة يدويًا من البيت", BusinessCategory.HIJABS, true, true, DirectoryCity.AMMAN,
                "عمّان والزرقاء", "+962 79 123 4567", "@hijab_noor", "noor.example.jo", "السبت إلى الخميس ١٠–٨");
    }

    @Test
    void anOwnerOpensAPageWithMarksLinksAndProductsPricedInTheLocalCurrency() throws Exception {
        CurrentMember owner = member("maker");
        mvc.perform(get("/local/new").with(user(owner))).andExpect(status().isOk()).andExpect(content().string(containsString("حكاية المشروع")));
        String name = "حجابات نور " + TestData.suffix();
        for (int i = 0; i < 2; i++) { // a double submit opens one page
            mvc.perform(post("/local/businesses").with(user(owner)).with(csrf()).param("name", name).param("story", "بدأت في الحجر")
                            .param("category", "hijabs").param("homeBased", "true").param("womenOwned", "true").param("city", "amman")
                            .param("deliveryArea", "عمّان كلها").param("whatsapp", "٠٧٩١٢٣٤٥٦٧").param("instagram", "https://instagram.com/noor.hijabs")
                            .param("website", "noor.example.jo").param("openingHours", "كل يوم حتى ٩ مساءً"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(directory.ownedBy(owner.uuid())).hasSize(1);
        Business b = directory.ownedBy(owner.uuid()).getFirst();
        assertThat(b.getWhatsapp()).isEqualTo("0791234567");
        assertThat(b.getInstagram()).isEqualTo("noor.hijabs");
        assertThat(b.getWebsite()).isEqualTo("https://noor.example.jo");

        mvc.perform(multipart("/local/{slug}/products", b.getSlug()).file(new MockMultipartFile("photo", "h.png", "image/png", png()))
                        .with(user(owner)).with(csrf()).param("name", "حجاب شيفون").param("price", "٧٫٥").param("description", "ألوان العيد"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/local/{slug}/products", b.getSlug()).with(user(owner)).with(csrf()).param("name", "حجاب").param("price", "7.5555"))
                .andExpect(status().isBadRequest());
        List<Directory.Product> products = directory.products(b.getId());
        assertThat(products).hasSize(1);
        assertThat(products.getFirst().price().minorUnits()).isEqualTo(7500); // 7.500 JOD in fils
        mvc.perform(get("/local/{slug}", b.getSlug())).andExpect(status().isOk())
                .andExpect(content().string(containsString(name))).andExpect(content().string(containsString("مشروع منزلي")))
                .andExpect(content().string(containsString("تملكه امرأة"))).andExpect(content().string(containsString("حجاب شيفون")))
                .andExpect(content().string(containsString("https://wa.me/0791234567")))
                .andExpect(content().string(containsString("https://www.instagram.com/noor.hijabs/")))
                .andExpect(content().string(containsString("كل يوم حتى ٩ مساءً")))
                .andExpect(content().string(containsString("د.أ.")))
                .andExpect(content().string(containsString("/local/" + b.getSlug() + "\">")))
                .andExpect(content().string(containsString("/engage/comments?type=business&amp;id=" + b.getId())))
                .andExpect(content().string(containsString("https://x.com/intent/post?text=")));
        mvc.perform(get("/local/{slug}", b.getSlug()).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("JOD"))).andExpect(content().string(containsString("7.500")))
                .andExpect(content().string(containsString("Women-owned")));
        mvc.perform(get("/local/{slug}/products/{id}/photo", b.getSlug(), products.getFirst().id())).andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void badInputIsA400ThatKeepsWhatWasTyped() throws Exception {
        CurrentMember owner = member("typo");
        mvc.perform(post("/local/businesses").with(user(owner)).with(csrf()).param("name", "زينة رمضان أم علي").param("category", "decorations")
                        .param("city", "amman").param("whatsapp", "call me").param("story", "فوانيس"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("رقم الواتساب غير صحيح")))
                .andExpect(content().string(containsString("زينة رمضان أم علي"))).andExpect(content().string(containsString("فوانيس")));
        mvc.perform(post("/local/businesses").with(user(owner)).with(csrf()).param("name", "x").param("category", "decorations")
                        .param("city", "amman").param("website", "javascript:alert(1)"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("عنوان الموقع غير صحيح")));
        mvc.perform(post("/local/businesses").with(user(owner)).with(csrf()).param("name", "").param("lang", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Give the business a name.")));
        assertThat(directory.ownedBy(owner.uuid())).isEmpty();
    }

    @Test
    void memberBCannotEditAddProductsRemoveProductsOrOfferInTheNameOfAsBusiness() throws Exception {
        CurrentMember a = member("owner-a");
        CurrentMember b = member("other-b");
        Business biz = directory.open(a.uuid(), hijabs("بيت الإكسسوار " + TestData.suffix()));
        Directory.Product p = directory.addProduct(a.uuid(), biz.getSlug(), "أسوارة", null, "3", null);
        mvc.perform(get("/local/{slug}/edit", biz.getSlug()).with(user(b))).andExpect(status().isForbidden());
        mvc.perform(post("/local/{slug}/edit", biz.getSlug()).with(user(b)).with(csrf()).param("name", "مسروق").param("category", "other")
                .param("city", "cairo")).andExpect(status().isForbidden());
        mvc.perform(post("/local/{slug}/products", biz.getSlug()).with(user(b)).with(csrf()).param("name", "x").param("price", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/local/{slug}/products/{id}/remove", biz.getSlug(), p.id()).with(user(b)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/local/{slug}/offers", biz.getSlug()).with(user(b)).with(csrf()).param("targetType", "campaign")
                .param("targetRef", "42").param("what", "وجبات").param("quantity", "100")).andExpect(status().isForbidden());
        assertThat(directory.find(biz.getSlug()).orElseThrow().getName()).isEqualTo(biz.getName());
        assertThat(directory.products(biz.getId())).hasSize(1);
        assertThat(directory.offers(biz.getId())).isEmpty();
        // the owner can
        mvc.perform(get("/local/{slug}/edit", biz.getSlug()).with(user(a))).andExpect(status().isOk());
        mvc.perform(post("/local/{slug}/products/{id}/remove", biz.getSlug(), p.id()).with(user(a)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(directory.products(biz.getId())).isEmpty();
    }

    @Test
    void membersAndAmbassadorsEndorseCountsAndEndorsersAreShownAndAmbassadorsMakeFeaturedLists() throws Exception {
        CurrentMember owner = member("owner");
        CurrentMember fan = member("fan");
        CurrentMember ambassador = member("hadeel");
        CurrentMember admin = member("admin", Role.ADMIN);
        Business biz = directory.open(owner.uuid(), hijabs("زينة رمضان " + TestData.suffix()));

        mvc.perform(post("/local/{slug}/endorse", biz.getSlug()).with(user(owner)).with(csrf()).param("line", "أنا الأفضل"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/local/{slug}/endorse", biz.getSlug()).with(user(fan)).with(csrf()).param("line", "شغل نظيف وتوصيل سريع"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/local/{slug}/endorse", biz.getSlug()).with(user(fan)).with(csrf()).param("line", "أجمل فوانيس في عمّان"))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.endorsements(biz.getId())).extracting(Directory.Endorsement::line).containsExactly("أجمل فوانيس في عمّان");

        mvc.perform(post("/local/lists").with(user(ambassador)).with(csrf()).param("title", "١٠ مشاريع منزلية ندعمها هذا العيد"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/local/ambassadors").with(user(fan)).with(csrf()).param("email", ambassador.email())).andExpect(status().isForbidden());
        mvc.perform(post("/local/ambassadors").with(user(admin)).with(csrf()).param("email", ambassador.email())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/local/ambassadors").with(user(admin)).with(csrf()).param("email", "nobody@example.org")).andExpect(status().isBadRequest());
        assertThat(directory.isAmbassador(ambassador.uuid())).isTrue();

        mvc.perform(post("/local/{slug}/endorse", biz.getSlug()).with(user(ambassador)).with(csrf()).param("line", "دعمتها في الحجر وأدعمها اليوم"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/local/{slug}", biz.getSlug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("تزكيتان"))).andExpect(content().string(containsString("منها سفير واحد")))
                .andExpect(content().string(containsString(fan.displayName()))).andExpect(content().string(containsString("أجمل فوانيس في عمّان")));

        MvcResult created = mvc.perform(post("/local/lists").with(user(ambassador)).with(csrf()).param("title", "١٠ مشاريع منزلية ندعمها هذا العيد")
                .param("intro", "من قصص #ادعم_المحلي")).andExpect(status().is3xxRedirection()).andReturn();
        String list = created.getResponse().getRedirectedUrl();
        mvc.perform(post(list + "/items").with(user(fan)).with(csrf()).param("business", biz.getSlug())).andExpect(status().isForbidden());
        mvc.perform(post(list + "/items").with(user(ambassador)).with(csrf()).param("business", "no-such")).andExpect(status().isBadRequest());
        mvc.perform(post(list + "/items").with(user(ambassador)).with(csrf()).param("business", biz.getSlug())).andExpect(status().is3xxRedirection());
        mvc.perform(get(list)).andExpect(status().isOk()).andExpect(content().string(containsString("١٠ مشاريع منزلية ندعمها هذا العيد")))
                .andExpect(content().string(containsString(biz.getName())));
        mvc.perform(get("/local")).andExpect(status().isOk()).andExpect(content().string(containsString("١٠ مشاريع منزلية ندعمها هذا العيد")));
        // the block a campaign or group page can feature
        mvc.perform(get("/local/embed").param("list", list.substring(list.lastIndexOf('/') + 1))).andExpect(status().isOk())
                .andExpect(content().string(containsString(biz.getName()))).andExpect(content().string(not(containsString("<nav"))));

        mvc.perform(post("/local/{slug}/endorse/withdraw", biz.getSlug()).with(user(fan)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(directory.endorsements(biz.getId())).hasSize(1);
    }

    @Test
    void browseAndSearchByCityCategoryHomeBasedWomenOwnedWithArabicNormalisation() throws Exception {
        CurrentMember owner = member("eid");
        String s = TestData.suffix();
        Business eid = directory.open(owner.uuid(), new BusinessDraft("ملابس العيد لأطفال " + s, "فساتين مخيطة في البيت", BusinessCategory.CLOTHING,
                true, true, DirectoryCity.IRBID, null, null, null, null, null));
        Business shop = directory.open(owner.uuid(), new BusinessDraft("محل أحذية " + s, null, BusinessCategory.CLOTHING,
                false, false, DirectoryCity.IRBID, null, null, null, null, null));
        mvc.perform(get("/local").param("city", "irbid").param("category", "clothing").param("home", "true").param("women", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(eid.getName())))
                .andExpect(content().string(not(containsString(shop.getName()))));
        mvc.perform(get("/local").param("city", "irbid").param("category", "clothing"))
                .andExpect(content().string(containsString(shop.getName())));
        mvc.perform(get("/local").param("q", "مخيطه " + s)).andExpect(status().isOk()).andExpect(content().string(containsString(eid.getName())));
        mvc.perform(get("/search").param("q", "ملابس العيد " + s)).andExpect(status().isOk())
                .andExpect(content().string(containsString(eid.getName()))).andExpect(content().string(containsString("مشروع محلي")));
        String json = mvc.perform(get("/api/v1/businesses").param("q", s).param("home", "true")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value(eid.getName())).andExpect(jsonPath("$[0].womenOwned").value(true))
                .andExpect(jsonPath("$[0].currency").value("JOD")).andExpect(jsonPath("$.length()").value(1))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain(owner.email(), owner.uuid().toString());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(content().string(containsString("/api/v1/businesses")));
    }

    @Test
    void aBusinessOffersMealsInKindToACampaign() throws Exception {
        CurrentMember owner = member("restaurant");
        Business biz = directory.open(owner.uuid(), new BusinessDraft("مطبخ أم سامي " + TestData.suffix(), null, BusinessCategory.FOOD,
                true, true, DirectoryCity.BEIRUT, null, null, null, null, null));
        mvc.perform(post("/local/{slug}/offers", biz.getSlug()).with(user(owner)).with(csrf()).param("targetType", "campaign")
                .param("targetRef", "/campaigns/iftar").param("what", "وجبة إفطار").param("quantity", "0")).andExpect(status().isBadRequest());
        mvc.perform(post("/local/{slug}/offers", biz.getSlug()).with(user(owner)).with(csrf()).param("targetType", "campaign")
                .param("targetRef", "/campaigns/iftar").param("what", "وجبة إفطار").param("quantity", "100")).andExpect(status().is3xxRedirection());
        assertThat(directory.offers(biz.getId())).extracting(Directory.InKindOffer::quantity).containsExactly(100);
        mvc.perform(get("/local/{slug}", biz.getSlug())).andExpect(status().isOk()).andExpect(content().string(containsString("وجبة إفطار")));
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
