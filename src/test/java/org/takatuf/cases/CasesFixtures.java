package org.takatuf.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.takatuf.cases.internal.CaseCity;
import org.takatuf.cases.internal.CaseCommand;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationForm;
import org.takatuf.identity.OrganisationKind;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.Role;
import org.takatuf.support.TestAccounts;
import org.takatuf.support.TestData;

/** Members, organisations with their area of work, and reports, made through the modules' services. */
public class CasesFixtures {

    private final AccountProvisioning accounts;
    private final OrganisationManagement organisations;
    private final CaseManagement cases;
    private final JdbcClient jdbc;

    CasesFixtures(AccountProvisioning accounts, OrganisationManagement organisations, CaseManagement cases, JdbcClient jdbc) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    public CurrentMember member(String who, Role... roles) {
        return TestAccounts.create(accounts, who, roles);
    }

    /** Protected values unique to one report, so that a test can look for them anywhere. */
    public record Secrets(String name, String phone, String address, String notes, String contact) {
        public List<String> all() {
            return List.of(name, phone, address, notes, contact);
        }
    }

    public static Secrets secrets() {
        String s = TestData.suffix();
        return new Secrets("فاطمة سرّية " + s, "+961 71 " + (100000 + Math.abs(s.hashCode() % 899999)),
                "بناية الأمل، الطابق الثالث، شارع " + s, "الطفل مريض بالسكري والأب عنيف " + s, "reporter-" + s + "@example.org");
    }

    /** An organisation created by {@code admin}, verified (or not), working in the given cells "CITY:CATEGORY". */
    public Organisation organisation(CurrentMember admin, boolean verified, String... cells) {
        Organisation o = organisations.create(admin.id(), new OrganisationForm("جمعية الحالات " + TestData.suffix(),
                OrganisationKind.CHARITY, "جمعية", "بيروت", null, null));
        if (verified) {
            // verification by a platform administrator is identity's flow (documents, approval); tests start after it
            jdbc.sql("UPDATE organisation SET status = 'VERIFIED', verified_at = now() WHERE id = ?").param(o.getId()).update();
        }
        Organisation loaded = organisations.bySlug(o.getSlug()).orElseThrow();
        cases.setCoverage(admin.id(), loaded, Arrays.asList(cells));
        return loaded;
    }

    /** Adds a plain member to an organisation (the invitation flow is identity's, tested there). */
    public void join(Organisation organisation, CurrentMember member) {
        jdbc.sql("INSERT INTO organisation_member (organisation_id, member_id, role, joined_at) VALUES (?, ?, 'MEMBER', now())")
                .params(organisation.getId(), member.uuid()).update();
    }

    public static CaseCommand command(CaseCategory category, CaseCity city, String summary, Secrets s, boolean consent) {
        return new CaseCommand(category.key(), "high", city.key(), "برج حمود", 4, summary, s.name(), s.phone(), s.address(),
                33.889123, 35.501987, s.notes(), s.contact(), consent, consent, UUID.randomUUID().toString(), List.of());
    }

    /** An anonymous report in Beirut; returns the submission (id and follow-up token). */
    public CaseManagement.Submitted report(CaseCategory category, CaseCity city, Secrets s, boolean consent) {
        return cases.report(null, command(category, city, "أسرة من أربعة أفراد تحتاج مساعدة عاجلة " + TestData.suffix(), s, consent),
                Locale.forLanguageTag("ar"));
    }

    public static final String BEIRUT_FOOD = "BEIRUT:FOOD";
    public static final String TRIPOLI_FOOD = "TRIPOLI:FOOD";
}
