package org.takatuf.exchange.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.core.NotFoundException;
import org.takatuf.exchange.internal.Boards;
import org.takatuf.exchange.internal.ExchangeCity;
import org.takatuf.exchange.internal.Handovers;
import org.takatuf.exchange.internal.ListingManagement;
import org.takatuf.identity.CurrentMember;

/** Boards of barter groups: list, open one, a board's page, join and leave. */
@Controller
class BoardController {

    private final Boards boards;
    private final ListingManagement listings;
    private final Handovers handovers;
    private final MessageSource messages;

    BoardController(Boards boards, ListingManagement listings, Handovers handovers, MessageSource messages) {
        this.boards = boards;
        this.listings = listings;
        this.handovers = handovers;
        this.messages = messages;
    }

    @GetMapping("/exchange/boards")
    String list(Model model) {
        model.addAttribute("boards", boards.all());
        model.addAttribute("cities", ExchangeCity.values());
        return "exchange/boards";
    }

    @PostMapping("/exchange/boards")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) String description,
                  @RequestParam(required = false) String city, @AuthenticationPrincipal CurrentMember me) {
        Boards.Board b = boards.create(me.uuid(), name, description, city == null ? null : ExchangeCity.ofKey(city).orElse(null));
        return "redirect:/exchange/boards/" + b.slug();
    }

    @GetMapping("/exchange/boards/{slug}")
    String show(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentMember me, Model model) {
        Boards.Board b = boards.bySlug(slug).orElseThrow(() -> new NotFoundException("board"));
        model.addAttribute("board", b);
        model.addAttribute("member", me != null && boards.isMember(b.id(), me.uuid()));
        model.addAttribute("cards", listings.list(ExchangeController.filter(null, null, null, null, b.id(), null, page), me == null ? null : me.uuid()));
        model.addAttribute("impact", handovers.impactOfBoard(b.id()));
        return "exchange/board";
    }

    @PostMapping("/exchange/boards/{slug}/join")
    String join(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        Boards.Board b = boards.bySlug(slug).orElseThrow(() -> new NotFoundException("board"));
        boards.join(b.id(), me.uuid());
        redirect.addFlashAttribute("flash", messages.getMessage("exchange.board.joined", null, locale));
        return "redirect:/exchange/boards/" + slug;
    }

    @PostMapping("/exchange/boards/{slug}/leave")
    String leave(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me) {
        Boards.Board b = boards.bySlug(slug).orElseThrow(() -> new NotFoundException("board"));
        boards.leave(b.id(), me.uuid());
        return "redirect:/exchange/boards/" + slug;
    }
}
