package org.takatuf.moderation.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.takatuf.core.UserInputException;
import org.takatuf.moderation.internal.AuditLog;
import org.takatuf.core.text.Csv;

/** The audit log for administrators: pages newest first, filters, the chain's check, a CSV export. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String action, @RequestParam(required = false) String subject,
                @RequestParam(defaultValue = "0") int page, Model model) {
        if (page < 0 || page > 100_000) {
            throw new UserInputException("moderation.audit.error.page");
        }
        check(action);
        check(subject);
        var entries = audit.page(action, subject, page);
        model.addAttribute("entries", entries.stream().limit(AuditLog.PAGE_SIZE).toList());
        model.addAttribute("hasNext", entries.size() > AuditLog.PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("subject", subject == null ? "" : subject);
        model.addAttribute("verification", audit.verify());
        return "moderation/audit";
    }

    @GetMapping("/admin/audit.csv")
    void csv(@RequestParam(required = false) String action, @RequestParam(required = false) String subject,
             HttpServletResponse response) throws IOException {
        check(action);
        check(subject);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader("id", "at", "actor", "action", "subject_type", "subject_id", "detail", "previous_hash", "hash").get())) {
            audit.each(action, subject, e -> {
                try {
                    csv.printRecord(e.id(), e.at(), e.actor() == null ? "" : e.actor(), e.action(), e.subjectType(), e.subjectId(),
                            Csv.neutralised(e.detail()), e.previousHash(), e.hash());
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
        }
    }

    private static void check(String filter) {
        if (filter != null && filter.length() > 40) {
            throw new UserInputException("moderation.audit.error.filter");
        }
    }
}
