package org.takatuf.exchange.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.exchange.internal.Boards;
import org.takatuf.exchange.internal.Category;
import org.takatuf.exchange.internal.Condition;
import org.takatuf.exchange.internal.ExchangeCity;
import org.takatuf.exchange.internal.Handovers;
import org.takatuf.exchange.internal.Listing;
import org.takatuf.exchange.internal.ListingKind;
import org.takatuf.exchange.internal.ListingManagement;
import org.takatuf.exchange.internal.ListingMatching;
import org.takatuf.exchange.internal.Safety;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;

/** The board of listings, the listing form and page, withdrawal, reservation, photos. */
@Controller
class ExchangeController {

    private final ListingManagement listings;
    private final ListingMatching matching;
    private final Handovers handovers;
    private final Boards boards;
    private final Safety safety;
    private final Members members;
    private final MessageSource messages;
    private final org.takatuf.core.SiteLinks links;

    ExchangeController(ListingManagement listings, ListingMatching matching, Handovers handovers, Boards boards, Safety safety,
                       Members members, MessageSource messages, org.takatuf.core.SiteLinks links) {
        this.links = links;
        this.listings = listings;
        this.matching = matching;
        this.handovers = handovers;
        this.boards = boards;
        this.safety = safety;
        this.members = members;
        this.messages = messages;
    }

    static ListingManagement.Filter filter(String q, String kind, String category, String city, UUID board, String free, int page) {
        String query = q == null ? null : (q.length() > 200 ? q.substring(0, 200) : q);
        return new ListingManagement.Filter(query, kind == null ? null : ListingKind.ofKey(kind).orElse(null),
                category == null ? null : Category.ofKey(category).orElse(null), city == null ? null : ExchangeCity.ofKey(city).orElse(null),
                board, "true".equals(free) ? Boolean.TRUE : null, Math.max(0, Math.min(page, 1000)));
    }

    static void choices(Model model) {
        model.addAttribute("kinds", ListingKind.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("conditions", Condition.values());
        model.addAttribute("cities", ExchangeCity.values());
    }

    @GetMapping("/exchange")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String category, @RequestParam(required = false) String city,
                @RequestParam(required = false) String free, @RequestParam(defaultValue = "0") int page,
                @AuthenticationPrincipal CurrentMember me, Model model) {
        ListingManagement.Filter f = filter(q, kind, category, city, null, free, page);
        List<Listing> cards = listings.list(f, me == null ? null : me.uuid());
        model.addAttribute("cards", cards);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", f.kind() == null ? "" : f.kind().key());
        model.addAttribute("category", f.category() == null ? "" : f.category().key());
        model.addAttribute("city", f.city() == null ? "" : f.city().key());
        model.addAttribute("free", Boolean.TRUE.equals(f.free()));
        model.addAttribute("page", f.page());
        model.addAttribute("hasNext", cards.size() == ListingManagement.PAGE_SIZE);
        model.addAttribute("impact", f.city() == null ? null : handovers.impactOfCity(f.city()));
        model.addAttribute("boards", boards.all());
        choices(model);
        return "exchange/list";
    }

    @GetMapping("/exchange/new")
    String form(@RequestParam(required = false) String kind, @RequestParam(required = false) String board,
                @AuthenticationPrincipal CurrentMember me, Model model) {
        ListingForm form = new ListingForm();
        if (kind != null && ListingKind.ofKey(kind).isPresent()) {
            form.setKind(kind);
        }
        if (board != null) {
            boards.bySlug(board).ifPresent(b -> {
                form.setBoard(b.slug());
                if (b.city() != null) {
                    form.setCity(b.city().key());
                }
            });
        }
        return form(model, form, me, null);
    }

    private String form(Model model, ListingForm form, CurrentMember me, String error) {
        return form(model, form, me, error, "/exchange/listings");
    }

    private String form(Model model, ListingForm form, CurrentMember me, String error, String action) {
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        model.addAttribute("error", error);
        model.addAttribute("myBoards", boards.of(me.uuid()));
        choices(model);
        return "exchange/form";
    }

    @PostMapping("/exchange/listings")
    String create(@ModelAttribute("form") ListingForm form, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                  @AuthenticationPrincipal CurrentMember me, Model model, HttpServletResponse response, Locale locale,
                  RedirectAttributes redirect) throws IOException {
        UUID boardId = null;
        if (form.getBoard() != null && !form.getBoard().isBlank()) {
            boardId = boards.bySlug(form.getBoard()).map(Boards.Board::id).orElse(null);
        }
        List<ListingManagement.PhotoUpload> uploads = new ArrayList<>();
        if (photos != null) {
            for (MultipartFile p : photos) {
                if (p != null && !p.isEmpty()) {
                    uploads.add(new ListingManagement.PhotoUpload(p.getBytes()));
                }
            }
        }
        try {
            Listing listing = listings.post(me.uuid(), form.toDraft(boardId), uploads, form.getToken());
            redirect.addFlashAttribute("flash", messages.getMessage("exchange.posted", null, locale));
            return "redirect:/exchange/listings/" + listing.getId();
        } catch (UserInputException e) {
            response.setStatus(400);
            return form(model, form, me, messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
    }

    @GetMapping("/exchange/listings/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        UUID viewer = me == null ? null : me.uuid();
        Listing listing = listings.visible(id, viewer);
        boolean owner = listing.isOwnedBy(viewer);
        Member ownerMember = members.findById(listing.getOwnerId()).orElseThrow(() -> new NotFoundException("member"));
        model.addAttribute("listing", listing);
        model.addAttribute("og", new org.takatuf.core.OpenGraph(listing.getTitle(), listing.getDescription(),
                links.base() + "/exchange/listings/" + listing.getId(), null));
        model.addAttribute("owner", owner);
        model.addAttribute("ownerName", ownerMember.getDisplayName());
        model.addAttribute("ownerImpact", handovers.impactOfMember(listing.getOwnerId()));
        model.addAttribute("photos", listings.photos(id));
        model.addAttribute("board", listing.getBoardId() == null ? null : boards.byId(listing.getBoardId()).orElse(null));
        model.addAttribute("matches", owner ? matching.candidates(listing) : List.of());
        model.addAttribute("live", handovers.liveFor(id).filter(h -> viewer != null && h.involves(viewer)).orElse(null));
        model.addAttribute("blocked", viewer != null && !owner && safety.blockedBetween(viewer, listing.getOwnerId()));
        model.addAttribute("reasons", Safety.REASONS);
        return "exchange/listing";
    }

    @GetMapping("/exchange/listings/{id}/edit")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        Listing l = listings.visible(id, me.uuid());
        if (!l.isOwnedBy(me.uuid())) {
            throw new org.springframework.security.access.AccessDeniedException("not the owner");
        }
        return form(model, ListingForm.of(l), me, null, "/exchange/listings/" + id + "/edit");
    }

    @PostMapping("/exchange/listings/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("form") ListingForm form, @AuthenticationPrincipal CurrentMember me, Model model,
                  HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        try {
            listings.edit(me.uuid(), id, form.toDraft(null));
        } catch (UserInputException e) {
            response.setStatus(400);
            return form(model, form, me, messages.getMessage(e.messageKey(), e.arguments(), locale), "/exchange/listings/" + id + "/edit");
        }
        redirect.addFlashAttribute("flash", messages.getMessage("exchange.saved", null, locale));
        return "redirect:/exchange/listings/" + id;
    }

    @PostMapping("/exchange/listings/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        listings.withdraw(me.uuid(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("exchange.withdrawn", null, locale));
        return "redirect:/exchange/me";
    }

    @PostMapping("/exchange/listings/{id}/reserve")
    String reserve(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        Handovers.Handover h = handovers.reserve(me.uuid(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("exchange.reserved", null, locale));
        return "redirect:/exchange/handovers/" + h.id();
    }

    @GetMapping("/exchange/listings/{id}/photos/{name}")
    ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable String name, @AuthenticationPrincipal CurrentMember me) {
        if (!name.matches("[A-Za-z0-9_.-]{1,80}")) {
            throw new NotFoundException("photo");
        }
        ListingManagement.Photo photo = listings.photo(id, name, me == null ? null : me.uuid()).orElseThrow(() -> new NotFoundException("photo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePublic())
                .header("X-Content-Type-Options", "nosniff").body(new InputStreamResource(photo.content()));
    }
}
