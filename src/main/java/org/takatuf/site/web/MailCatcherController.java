package org.takatuf.site.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.takatuf.core.NotFoundException;
import org.takatuf.platform.MailCatcher;

/**
 * The local mail catcher's inbox at {@code /dev/mail}: on the embedded default a newcomer reads the
 * verification mail here. Absent when real SMTP is configured.
 */
@Controller
@ConditionalOnProperty(name = "takatuf.mail-catcher.enabled", havingValue = "true")
class MailCatcherController {

    private final MailCatcher catcher;

    MailCatcherController(MailCatcher catcher) {
        this.catcher = catcher;
    }

    @GetMapping("/dev/mail")
    String inbox(Model model) {
        model.addAttribute("messages", catcher.messages());
        return "site/mail-inbox";
    }

    @GetMapping("/dev/mail/{index}")
    String message(@PathVariable int index, Model model) {
        MailCatcher.CaughtMail mail = catcher.messages().stream().filter(m -> m.index() == index).findFirst()
                .orElseThrow(() -> new NotFoundException("mail"));
        model.addAttribute("mail", mail);
        return "site/mail-message";
    }
}
