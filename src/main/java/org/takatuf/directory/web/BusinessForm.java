package org.takatuf.directory.web;

import org.takatuf.directory.internal.Business;
import org.takatuf.directory.internal.BusinessCategory;
import org.takatuf.directory.internal.BusinessDraft;
import org.takatuf.directory.internal.DirectoryCity;

/** The business form as typed, so that a refused form shows it again. */
public class BusinessForm {

    private String name = "";
    private String story = "";
    private String category = "";
    private boolean homeBased;
    private boolean womenOwned;
    private String city = "";
    private String deliveryArea = "";
    private String whatsapp = "";
    private String instagram = "";
    private String website = "";
    private String openingHours = "";

    static BusinessForm of(Business b) {
        BusinessForm f = new BusinessForm();
        f.name = b.getName();
        f.story = nz(b.getStory());
        f.category = b.getCategory().key();
        f.homeBased = b.isHomeBased();
        f.womenOwned = b.isWomenOwned();
        f.city = b.getCity().key();
        f.deliveryArea = nz(b.getDeliveryArea());
        f.whatsapp = nz(b.getWhatsapp());
        f.instagram = nz(b.getInstagram());
        f.website = nz(b.getWebsite());
        f.openingHours = nz(b.getOpeningHours());
        return f;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    BusinessDraft toDraft() {
        return new BusinessDraft(name, story, BusinessCategory.ofKey(category).orElse(null), homeBased, womenOwned,
                DirectoryCity.ofKey(city).orElse(null), deliveryArea, whatsapp, instagram, website, openingHours);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStory() { return story; }
    public void setStory(String story) { this.story = story; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public boolean isHomeBased() { return homeBased; }
    public void setHomeBased(boolean homeBased) { this.homeBased = homeBased; }
    public boolean isWomenOwned() { return womenOwned; }
    public void setWomenOwned(boolean womenOwned) { this.womenOwned = womenOwned; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getDeliveryArea() { return deliveryArea; }
    public void setDeliveryArea(String deliveryArea) { this.deliveryArea = deliveryArea; }
    public String getWhatsapp() { return whatsapp; }
    public void setWhatsapp(String whatsapp) { this.whatsapp = whatsapp; }
    public String getInstagram() { return instagram; }
    public void setInstagram(String instagram) { this.instagram = instagram; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getOpeningHours() { return openingHours; }
    public void setOpeningHours(String openingHours) { this.openingHours = openingHours; }
}
