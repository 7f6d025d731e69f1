package org.takatuf.exchange.web;

import java.util.UUID;

import org.takatuf.exchange.internal.Category;
import org.takatuf.exchange.internal.Condition;
import org.takatuf.exchange.internal.ExchangeCity;
import org.takatuf.exchange.internal.ListingDraft;
import org.takatuf.exchange.internal.ListingKind;

/** The listing form as typed (unknown keys stay as typed so that the form shows them again). */
public class ListingForm {

    private String kind = "offer-thing";
    private String category = "";
    private String condition = "";
    private boolean swap;
    private String title = "";
    private String description = "";
    private String wantedInReturn = "";
    private String pay = "";
    private String city = "";
    private String area = "";
    private String board = "";
    private String token = UUID.randomUUID().toString();

    static ListingForm of(org.takatuf.exchange.internal.Listing l) {
        ListingForm f = new ListingForm();
        f.kind = l.getKind().key();
        f.category = l.getCategory().key();
        f.condition = l.getCondition() == null ? "" : l.getCondition().key();
        f.swap = l.isSwap();
        f.title = l.getTitle();
        f.description = nz(l.getDescription());
        f.wantedInReturn = nz(l.getWantedInReturn());
        f.pay = nz(l.getPay());
        f.city = l.getCity().key();
        f.area = nz(l.getArea());
        return f;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    ListingDraft toDraft(UUID boardId) {
        return new ListingDraft(ListingKind.ofKey(kind).orElse(null), Category.ofKey(category).orElse(null),
                Condition.ofKey(condition).orElse(null), swap, blankToNull(title), blankToNull(description),
                blankToNull(wantedInReturn), blankToNull(pay), ExchangeCity.ofKey(city).orElse(null), blankToNull(area), boardId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getCondition() { return condition; }
    public void setCondition(String condition) { this.condition = condition; }
    public boolean isSwap() { return swap; }
    public void setSwap(boolean swap) { this.swap = swap; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getWantedInReturn() { return wantedInReturn; }
    public void setWantedInReturn(String wantedInReturn) { this.wantedInReturn = wantedInReturn; }
    public String getPay() { return pay; }
    public void setPay(String pay) { this.pay = pay; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getBoard() { return board; }
    public void setBoard(String board) { this.board = board; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
