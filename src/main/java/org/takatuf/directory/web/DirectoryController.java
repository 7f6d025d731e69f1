package org.takatuf.directory.web;

import java.io.IOException;
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
import org.takatuf.directory.internal.Business;
import org.takatuf.directory.internal.BusinessCategory;
import org.takatuf.directory.internal.Directory;
import org.takatuf.directory.internal.DirectoryCity;
import org.takatuf.identity.CurrentMember;

/** Browsing and finding businesses, their pages, the owner's form, products, endorsements and in-kind offers. */
@Controller
class DirectoryController {

    private final Directory directory;
    private final MessageSource messages;
    private final org.takatuf.core.SiteLinks links;

    DirectoryController(Directory directory, MessageSource messages, org.takatuf.core.SiteLinks links) {
        this.links = links;
        this.directory = directory;
        this.messages = messages;
    }

    static Directory.Filter filter(String q, String city, String category, String home, String women, int page) {
        String query = q == null ? null : (q.length() > 200 ? q.substring(0, 200) : q);
        return new Directory.Filter(query, city == null ? null : DirectoryCity.ofKey(city).orElse(null),
                category == null ? null : BusinessCategory.ofKey(category).orElse(null), "true".equals(home), "true".equals(women),
                Math.max(0, Math.min(page, 1000)));
    }

    static void choices(Model model) {
        model.addAttribute("cities", DirectoryCity.values());
        model.addAttribute("categories", BusinessCategory.values());
    }

    @GetMapping("/local")
    String browse(@RequestParam(required = false) String q, @RequestParam(required = false) String city,
                  @RequestParam(required = false) String category, @RequestParam(required = false) String home,
                  @RequestParam(required = false) String women, @RequestParam(defaultValue = "0") int page,
                  @AuthenticationPrincipal CurrentMember me, Model model) {
        Directory.Filter f = filter(q, city, category, home, women, page);
        List<Directory.Card> cards = directory.browse(f);
        model.addAttribute("cards", cards);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("city", f.city() == null ? "" : f.city().key());
        model.addAttribute("category", f.category() == null ? "" : f.category().key());
        model.addAttribute("home", f.homeBased());
        model.addAttribute("women", f.womenOwned());
        model.addAttribute("page", f.page());
        model.addAttribute("hasNext", cards.size() == Directory.PAGE_SIZE);
        model.addAttribute("lists", directory.recentLists(6));
        model.addAttribute("mine", me == null ? List.of() : directory.ownedBy(me.uuid()));
        model.addAttribute("ambassador", me != null && directory.isAmbassador(me.uuid()));
        choices(model);
        return "directory/browse";
    }

    /**
     * The "support local" block that a campaign or a group page can feature (htmx {@code hx-get} or an
     * iframe): up to six businesses of a city and category, or of a featured list, without the layout.
     */
    @GetMapping("/local/embed")
    String embed(@RequestParam(required = false) String city, @RequestParam(required = false) String category,
                 @RequestParam(required = false) String list, Model model) {
        List<Directory.Card> cards;
        String title = null;
        if (list != null && !list.isBlank()) {
            Directory.FeaturedList l = directory.list(list).orElseThrow(() -> new NotFoundException("list"));
            cards = l.businesses();
            title = l.title();
        } else {
            cards = directory.browse(filter(null, city, category, null, null, 0));
        }
        model.addAttribute("cards", cards.size() > 6 ? cards.subList(0, 6) : cards);
        model.addAttribute("title", title);
        return "directory/embed";
    }

    @GetMapping("/local/new")
    String form(Model model) {
        model.addAttribute("form", new BusinessForm());
        model.addAttribute("action", "/local/businesses");
        choices(model);
        return "directory/form";
    }

    @PostMapping("/local/businesses")
    String create(@ModelAttribute("form") BusinessForm form, @AuthenticationPrincipal CurrentMember me, Model model,
                  HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        try {
            Business b = directory.open(me.uuid(), form.toDraft());
            redirect.addFlashAttribute("flash", messages.getMessage("directory.opened", null, locale));
            return "redirect:/local/" + b.getSlug();
        } catch (UserInputException e) {
            return refused(model, "/local/businesses", e, response, locale);
        }
    }

    private String refused(Model model, String action, UserInputException e, HttpServletResponse response, Locale locale) {
        response.setStatus(400);
        model.addAttribute("action", action);
        model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
        choices(model);
        return "directory/form";
    }

    @GetMapping("/local/{slug}")
    String show(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, Model model) {
        Business b = directory.find(slug).orElseThrow(() -> new NotFoundException("business"));
        UUID viewer = me == null ? null : me.uuid();
        List<Directory.Endorsement> endorsements = directory.endorsements(b.getId());
        model.addAttribute("business", b);
        model.addAttribute("og", new org.takatuf.core.OpenGraph(b.getName(), b.getStory(), links.base() + "/local/" + b.getSlug(), null));
        model.addAttribute("owner", b.isOwnedBy(viewer));
        model.addAttribute("products", directory.products(b.getId()));
        model.addAttribute("endorsements", endorsements);
        model.addAttribute("ambassadorCount", endorsements.stream().filter(Directory.Endorsement::ambassador).count());
        model.addAttribute("myEndorsement", endorsements.stream().filter(e -> e.memberId().equals(viewer)).findFirst().orElse(null));
        model.addAttribute("offers", directory.offers(b.getId()));
        model.addAttribute("myLists", viewer == null ? List.of() : directory.listsOf(viewer));
        model.addAttribute("targetTypes", Directory.TARGET_TYPES);
        return "directory/business";
    }

    @GetMapping("/local/{slug}/edit")
    String edit(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, Model model) {
        Business b = directory.find(slug).orElseThrow(() -> new NotFoundException("business"));
        if (!b.isOwnedBy(me.uuid())) {
            throw new org.springframework.security.access.AccessDeniedException("not the owner");
        }
        model.addAttribute("form", BusinessForm.of(b));
        model.addAttribute("action", "/local/" + slug + "/edit");
        choices(model);
        return "directory/form";
    }

    @PostMapping("/local/{slug}/edit")
    String update(@PathVariable String slug, @ModelAttribute("form") BusinessForm form, @AuthenticationPrincipal CurrentMember me,
                  Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        try {
            directory.update(me.uuid(), slug, form.toDraft());
        } catch (UserInputException e) {
            return refused(model, "/local/" + slug + "/edit", e, response, locale);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("directory.saved", null, locale));
        return "redirect:/local/" + slug;
    }

    @PostMapping("/local/{slug}/products")
    String addProduct(@PathVariable String slug, @RequestParam(defaultValue = "") String name,
                      @RequestParam(required = false) String description, @RequestParam(defaultValue = "") String price,
                      @RequestParam(name = "photo", required = false) MultipartFile photo, @AuthenticationPrincipal CurrentMember me,
                      RedirectAttributes redirect, Locale locale) throws IOException {
        directory.addProduct(me.uuid(), slug, name, description, price, photo == null || photo.isEmpty() ? null : photo.getBytes());
        redirect.addFlashAttribute("flash", messages.getMessage("directory.product-added", null, locale));
        return "redirect:/local/" + slug + "#products";
    }

    @PostMapping("/local/{slug}/products/{id}/remove")
    String removeProduct(@PathVariable String slug, @PathVariable UUID id, @AuthenticationPrincipal CurrentMember me) {
        directory.removeProduct(me.uuid(), slug, id);
        return "redirect:/local/" + slug + "#products";
    }

    @GetMapping("/local/{slug}/products/{id}/photo")
    ResponseEntity<InputStreamResource> photo(@PathVariable String slug, @PathVariable UUID id) {
        Directory.Photo photo = directory.productPhoto(slug, id).orElseThrow(() -> new NotFoundException("photo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePublic())
                .header("X-Content-Type-Options", "nosniff").body(new InputStreamResource(photo.content()));
    }

    @PostMapping("/local/{slug}/endorse")
    String endorse(@PathVariable String slug, @RequestParam(defaultValue = "") String line, @AuthenticationPrincipal CurrentMember me,
                   RedirectAttributes redirect, Locale locale) {
        directory.endorse(me.uuid(), slug, line);
        redirect.addFlashAttribute("flash", messages.getMessage("directory.endorsed", null, locale));
        return "redirect:/local/" + slug + "#endorsements";
    }

    @PostMapping("/local/{slug}/endorse/withdraw")
    String withdrawEndorsement(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me) {
        directory.withdrawEndorsement(me.uuid(), slug);
        return "redirect:/local/" + slug + "#endorsements";
    }

    @PostMapping("/local/{slug}/offers")
    String offer(@PathVariable String slug, @RequestParam(defaultValue = "") String targetType, @RequestParam(defaultValue = "") String targetRef,
                 @RequestParam(defaultValue = "") String what, @RequestParam(required = false) Integer quantity,
                 @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        directory.offerInKind(me.uuid(), slug, targetType, targetRef, what, quantity);
        redirect.addFlashAttribute("flash", messages.getMessage("directory.offered", null, locale));
        return "redirect:/local/" + slug + "#offers";
    }
}
