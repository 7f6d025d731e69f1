package org.takatuf.identity;

import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.takatuf.support.TestData;

/**
 * Members for tests, made through the domain's own methods: signed up, then activated (as if the
 * verification link had been opened), with roles where asked.
 */
@Component
public class MemberFixtures {

    private final MemberManagement management;
    private final Members members;
    private final TransactionTemplate transactions;

    MemberFixtures(MemberManagement management, Members members, TransactionTemplate transactions) {
        this.management = management;
        this.members = members;
        this.transactions = transactions;
    }

    /** A test member: e-mail, id, password. */
    public record TestMember(MemberId id, String email, String password, String displayName) {
    }

    public TestMember unverified(String who) {
        String email = TestData.email(who);
        String name = "عضو " + who;
        MemberId id = management.signUp(new SignUpForm(email, name, TestData.PASSWORD), Locale.forLanguageTag("ar"));
        return new TestMember(id, email, TestData.PASSWORD, name);
    }

    public TestMember member(String who, Role... roles) {
        TestMember member = unverified(who);
        transactions.executeWithoutResult(tx -> {
            Member m = members.findById(member.id()).orElseThrow();
            m.verifyEmail(Instant.now());
            for (Role role : roles) {
                m.grant(role);
            }
        });
        return member;
    }

    public void disable(MemberId id) {
        management.disable(id);
    }

    public Member load(MemberId id) {
        return transactions.execute(tx -> members.findById(id).orElseThrow());
    }

    public CurrentMember current(MemberId id) {
        return CurrentMember.of(load(id)).withoutPassword();
    }
}
