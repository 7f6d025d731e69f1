package org.takatuf.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.takatuf.identity.OrganisationManagement;

@Controller
class HomeController {

    private final OrganisationManagement organisations;

    HomeController(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("verifiedOrganisations", organisations.featured(6));
        model.addAttribute("stats", organisations.statistics());
        return "site/home";
    }
}
