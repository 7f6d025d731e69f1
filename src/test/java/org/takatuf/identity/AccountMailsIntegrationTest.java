package org.takatuf.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.IntegrationTest;
import org.takatuf.support.TestData;

/** The verification mail over real SMTP: in the member's language, HTML and plain text, one link. */
@IntegrationTest
class AccountMailsIntegrationTest {

    @Autowired
    MemberManagement members;

    @Autowired
    MailCatcher catcher;

    @Test
    void arabicVerificationMailIsRightToLeftWithTheLinkInBothParts() {
        String email = TestData.email("mail-ar");
        members.signUp(new SignUpForm(email, "ليلى <b>حداد</b>", TestData.PASSWORD), Locale.forLanguageTag("ar"));

        MailCatcher.CaughtMail mail = catcher.messagesTo(email).getFirst();
        assertThat(mail.subject()).isEqualTo("فعّل حسابك في تكاتف");
        assertThat(mail.htmlBody()).contains("dir=\"rtl\"").contains("lang=\"ar\"").contains("تفعيل الحساب")
                .contains("\u2068ليلى &lt;b&gt;حداد&lt;/b&gt;\u2069").doesNotContain("<b>حداد");
        assertThat(mail.textBody()).contains("مرحبًا \u2068ليلى <b>حداد</b>\u2069،").contains("/verify-email?token=")
                .doesNotContain("<p").doesNotContain("&lt;");
        String link = mail.textBody().replaceAll("(?s).*(https?://\\S+verify-email\\?token=\\S+).*", "$1");
        assertThat(mail.htmlBody()).contains(link);
    }

    @Test
    void englishMembersGetEnglishMail() {
        String email = TestData.email("mail-en");
        members.signUp(new SignUpForm(email, "Layla Haddad", TestData.PASSWORD), Locale.ENGLISH);

        MailCatcher.CaughtMail mail = catcher.messagesTo(email).getFirst();
        assertThat(mail.subject()).isEqualTo("Activate your Takatuf account");
        assertThat(mail.htmlBody()).contains("dir=\"ltr\"").contains("Activate account");
        assertThat(mail.textBody()).startsWith("Hello \u2068Layla Haddad\u2069,");
        // the greeting is isolated by the mail templates (#bidi), HTML frame included
        assertThat(mail.htmlBody()).contains("Hello \u2068Layla Haddad\u2069,");
    }
}
