package org.takatuf.cases.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.takatuf.cases.internal.AccessLog;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.identity.CurrentMember;

/** The access log of protected details, for platform administrators. */
@Controller
class AdminCasesController {

    private final CaseManagement cases;

    AdminCasesController(CaseManagement cases) {
        this.cases = cases;
    }

    @GetMapping("/admin/cases/access-log")
    String accessLog(@RequestParam(name = "case", required = false) UUID caseId, @AuthenticationPrincipal CurrentMember me,
                     Model model, HttpServletResponse response) {
        NoStore.apply(response);
        List<AccessLog.Entry> entries = cases.accessLog(me.id(), caseId);
        List<UUID> people = new ArrayList<>(entries.stream().map(AccessLog.Entry::memberId).toList());
        model.addAttribute("entries", entries);
        model.addAttribute("members", cases.memberNames(people));
        model.addAttribute("organisations", cases.organisationNames(entries.stream().map(AccessLog.Entry::organisationId).toList()));
        model.addAttribute("intact", cases.accessLogIntact(me.id()));
        model.addAttribute("caseId", caseId);
        return "cases/access-log";
    }
}
