package org.takatuf.giving;

import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignForm;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignKind;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.MemberManagement;
import org.takatuf.identity.Members;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationForm;
import org.takatuf.identity.OrganisationKind;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.OrganisationRole;
import org.takatuf.identity.SignUpForm;
import org.takatuf.support.TestData;

/** Members, verified organisations and campaigns for the campaigns and giving tests, through the modules' services. */
@Component
public class GivingFixtures {

    public static final String IBAN = "SA0380000000608010167519";

    private final MemberManagement memberManagement;
    private final Members members;
    private final OrganisationManagement organisations;
    private final CampaignManagement campaigns;
    private final JdbcClient jdbc;

    GivingFixtures(MemberManagement memberManagement, Members members, OrganisationManagement organisations,
                   CampaignManagement campaigns, JdbcClient jdbc) {
        this.memberManagement = memberManagement;
        this.members = members;
        this.organisations = organisations;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
    }

    public CurrentMember member(String name) {
        MemberId id = memberManagement.signUp(new SignUpForm(TestData.email("giving"), name, TestData.PASSWORD),
                Locale.forLanguageTag("ar"));
        // the verification link is identity's flow; here the address is simply marked verified
        jdbc.sql("UPDATE member SET email_verified_at = now() WHERE id = ?").param(id.value()).update();
        return CurrentMember.of(members.findById(id).orElseThrow()).withoutPassword();
    }

    public Organisation verifiedOrganisation(CurrentMember admin) {
        Organisation o = organisations.create(admin.id(), new OrganisationForm("لنجعل شتاءهم أدفأ " + TestData.suffix(),
                OrganisationKind.values()[0], "مبادرة شتوية", "الكويت", null, null));
        // verification by a platform administrator is identity's flow (documents, approval); tests start after it
        jdbc.sql("UPDATE organisation SET status = 'VERIFIED', verified_at = now() WHERE id = ?").param(o.getId()).update();
        return organisations.bySlug(o.getSlug()).orElseThrow();
    }

    /** Adds a second member to the organisation (for the second approval of a disbursement). */
    public void join(Organisation organisation, CurrentMember member) {
        jdbc.sql("INSERT INTO organisation_member (organisation_id, member_id, role, joined_at) VALUES (?, ?, ?, now())")
                .params(organisation.getId(), member.uuid(), OrganisationRole.values()[OrganisationRole.values().length - 1].name())
                .update();
    }

    public Campaign fundraising(CurrentMember organiser, Organisation organisation, String goal) {
        CampaignId id = campaigns.create(organiser.id(), new CampaignForm(organisation.getSlug(), CampaignKind.FUNDRAISING,
                "بطانيات الشتاء " + TestData.suffix(), "قصة الحملة", goal, "SAR", null, null, "", "مصرف الراجحي", IBAN,
                organisation.getName()));
        return campaigns.find(id).orElseThrow();
    }

    public Campaign mixed(CurrentMember organiser, Organisation organisation) {
        CampaignId id = campaigns.create(organiser.id(), new CampaignForm(organisation.getSlug(), CampaignKind.MIXED,
                "وجبات لعمال النظافة " + TestData.suffix(), "بدأت بطلب 100 وجبة", "5000", "SAR", null, null,
                "100 وجبة\n٥٠ بطانية", "", "", ""));
        return campaigns.find(id).orElseThrow();
    }

    public static String key() {
        return UUID.randomUUID().toString();
    }
}
