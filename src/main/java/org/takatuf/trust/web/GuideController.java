package org.takatuf.trust.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The guide for organisations, in Arabic and English, drawn from the study's recommendations: how to write
 * a campaign story, how fast to answer, how to report achievements back, how to use hashtags and frames,
 * closing cases with an outcome, and verification. Each section has an anchor that the checklist links to.
 */
@Controller
class GuideController {

    /** The sections, in order; each has {@code trust.guide.<id>.title}, {@code .lead} and {@code .tip1..n} in the bundles. */
    static final List<Section> SECTIONS = List.of(
            new Section("verification", 3), new Section("story", 4), new Section("answer", 4), new Section("report", 4),
            new Section("hashtags", 4), new Section("frames", 3), new Section("outcomes", 3));

    record Section(String id, int tips) {
        public List<String> tipKeys() {
            return java.util.stream.IntStream.rangeClosed(1, tips).mapToObj(i -> "trust.guide." + id + ".tip" + i).toList();
        }
    }

    @GetMapping("/guide")
    String guide(Model model) {
        model.addAttribute("sections", SECTIONS);
        return "trust/guide";
    }
}
