package org.takatuf.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.takatuf.core.UserInputException;

class ContactLinksUnitTest {

    @Test
    void whatsappNumbersKeepDigitsAndALeadingPlus() {
        assertThat(ContactLinks.whatsapp("+962 79 123-4567")).isEqualTo("+962791234567");
        assertThat(ContactLinks.whatsapp("٠٧٩١٢٣٤٥٦٧")).isEqualTo("0791234567");
        assertThat(ContactLinks.whatsapp("  ")).isNull();
        assertThatThrownBy(() -> ContactLinks.whatsapp("call me")).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> ContactLinks.whatsapp("123")).isInstanceOf(UserInputException.class);
    }

    @Test
    void instagramHandlesFromAHandleAnAtOrAnAddress() {
        assertThat(ContactLinks.instagram("@salma.hijabs")).isEqualTo("salma.hijabs");
        assertThat(ContactLinks.instagram("https://www.instagram.com/lama_beads/?hl=ar")).isEqualTo("lama_beads");
        assertThatThrownBy(() -> ContactLinks.instagram("<script>")).isInstanceOf(UserInputException.class);
    }

    @Test
    void websitesAreHttpOrHttpsWithAHost() {
        assertThat(ContactLinks.website("noor.example.jo")).isEqualTo("https://noor.example.jo");
        assertThat(ContactLinks.website("http://shop.example.com/a?b=c")).isEqualTo("http://shop.example.com/a?b=c");
        assertThatThrownBy(() -> ContactLinks.website("javascript:alert(1)")).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> ContactLinks.website("https://localhost")).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> ContactLinks.website("ftp://files.example.com")).isInstanceOf(UserInputException.class);
    }
}
