package org.takatuf.engagement.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.engagement.internal.Comments;
import org.takatuf.engagement.internal.Targets;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.OrganisationManagement;

/**
 * The one comment component: {@code GET /engage/comments?type=event&id=…} renders the thread of a
 * target the reader may see (otherwise 404, see {@link Targets}) as a fragment that pages embed with htmx ({@code hx-get}, {@code hx-trigger="load"}).
 * Posting, editing, deleting and reacting answer the refreshed fragment to htmx, or redirect to the
 * target's page without JavaScript. A rejected comment comes back with what the member typed.
 */
@Controller
class CommentsController {

    private final Comments comments;
    private final OrganisationManagement organisations;
    private final Targets targets;

    CommentsController(Comments comments, OrganisationManagement organisations, Targets targets) {
        this.comments = comments;
        this.targets = targets;
        this.organisations = organisations;
    }

    @GetMapping("/engage/comments")
    String thread(@RequestParam String type, @RequestParam UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        return render(type, id, me, model, null, null);
    }

    @PostMapping("/engage/comments")
    String post(@RequestParam String type, @RequestParam UUID id, @RequestParam(required = false) UUID parent,
                @RequestParam(defaultValue = "") String body, @RequestParam(required = false) String requestKey,
                @RequestParam(required = false) UUID asOrganisation, @AuthenticationPrincipal CurrentMember me,
                HttpServletRequest request, Model model) {
        try {
            comments.post(me, new Comments.Draft(type, id, parent, body, requestKey, asOrganisation));
        } catch (UserInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("typed", body);
            model.addAttribute("typedParent", parent);
            return answer(request, type, id, me, model, true);
        }
        return answer(request, type, id, me, model, false);
    }

    @PostMapping("/engage/comments/{commentId}/edit")
    String edit(@PathVariable UUID commentId, @RequestParam(defaultValue = "") String body, @AuthenticationPrincipal CurrentMember me,
                HttpServletRequest request, Model model) {
        Comments.Parent comment = comments.find(commentId, me).orElseThrow(() -> new NotFoundException("comment"));
        comments.edit(me, commentId, body);
        return answer(request, comment.targetType(), comment.targetId(), me, model, false);
    }

    @PostMapping("/engage/comments/{commentId}/delete")
    String delete(@PathVariable UUID commentId, @AuthenticationPrincipal CurrentMember me, HttpServletRequest request, Model model) {
        Comments.Parent comment = comments.find(commentId, me).orElseThrow(() -> new NotFoundException("comment"));
        comments.delete(me, commentId);
        return answer(request, comment.targetType(), comment.targetId(), me, model, false);
    }

    @PostMapping("/engage/comments/{commentId}/react")
    String react(@PathVariable UUID commentId, @RequestParam(defaultValue = "") String kind, @AuthenticationPrincipal CurrentMember me,
                 HttpServletRequest request, Model model) {
        Comments.Parent comment = comments.find(commentId, me).orElseThrow(() -> new NotFoundException("comment"));
        comments.react(me, commentId, kind);
        return answer(request, comment.targetType(), comment.targetId(), me, model, false);
    }

    /** An organisation's public response time, as a small fragment for its page. */
    @GetMapping("/engage/organisations/{organisationId}/response-time")
    String responseTime(@PathVariable UUID organisationId, Model model) {
        model.addAttribute("responseTime", comments.responseTime(organisationId).orElse(null));
        return "engagement/fragments/response-time :: response-time";
    }

    private String answer(HttpServletRequest request, String type, UUID id, CurrentMember me, Model model, boolean failed) {
        if (request.getHeader("HX-Request") != null) {
            // htmx swaps only 2xx answers: the refused comment comes back in the form with its message
            return render(type, id, me, model, (String) model.getAttribute("typed"), (UUID) model.getAttribute("typedParent"));
        }
        if (failed) {
            throw (UserInputException) model.getAttribute("error");
        }
        return "redirect:" + targets.page(type, id).orElseThrow(() -> new NotFoundException("comment target")) + "#comments";
    }

    private String render(String type, UUID id, CurrentMember me, Model model, String typed, UUID typedParent) {
        var thread = comments.thread(type, id, me);
        model.addAttribute("thread", thread);
        model.addAttribute("total", thread.stream().filter(c -> !c.deleted()).count()
                + thread.stream().mapToLong(c -> c.replies().stream().filter(r -> !r.deleted()).count()).sum());
        model.addAttribute("viewerId", me == null ? null : me.uuid());
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("typed", typed == null ? "" : typed);
        model.addAttribute("typedParent", typedParent);
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        model.addAttribute("organisations", me == null ? java.util.List.of() : organisations.membershipsOf(me.id()));
        return "engagement/fragments/comments :: comments";
    }
}
