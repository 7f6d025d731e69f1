package org.takatuf.support;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.takatuf.identity.AccountProvisioning;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Role;

/** Real accounts with verified addresses, created through the domain, and the principal to act as them. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** A new verified member (unique e-mail) with the given platform roles; pass it to {@code user(...)}. */
    public static CurrentMember create(AccountProvisioning accounts, String who, Role... roles) {
        String email = TestData.email(who);
        String name = who + " " + TestData.suffix();
        MemberId id = accounts.createVerified(email, TestData.PASSWORD, name, null, null, Locale.forLanguageTag("ar"), roles);
        Set<Role> all = EnumSet.of(Role.MEMBER);
        all.addAll(List.of(roles));
        return new CurrentMember(id.value(), email, "", name, all, true);
    }
}
