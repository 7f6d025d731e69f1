package org.takatuf.cases.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;
import org.takatuf.cases.internal.CaseCommand;

/** The report form as typed; it is shown again unchanged when something must be corrected. */
public class CaseForm {

    private String category;
    private String urgency = "normal";
    private String city;
    private String area;
    private Integer householdSize;
    private String summary;
    private String beneficiaryName;
    private String phone;
    private String address;
    private String latitude;
    private String longitude;
    private String notes;
    private String reporterContact;
    private boolean consentSummary;
    private boolean consentPhotos;
    private String submissionKey;
    private List<MultipartFile> photos = new ArrayList<>();

    CaseCommand toCommand() {
        List<byte[]> bytes = new ArrayList<>();
        for (MultipartFile file : photos == null ? List.<MultipartFile>of() : photos) {
            if (file != null && !file.isEmpty()) {
                try {
                    bytes.add(file.getBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new CaseCommand(category, urgency, city, area, householdSize, summary, beneficiaryName, phone, address,
                number(latitude), number(longitude), notes, reporterContact, consentSummary, consentPhotos, submissionKey, bytes);
    }

    private static Double number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(s.strip().replace('٫', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public Integer getHouseholdSize() { return householdSize; }
    public void setHouseholdSize(Integer householdSize) { this.householdSize = householdSize; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBeneficiaryName() { return beneficiaryName; }
    public void setBeneficiaryName(String beneficiaryName) { this.beneficiaryName = beneficiaryName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String latitude) { this.latitude = latitude; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String longitude) { this.longitude = longitude; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getReporterContact() { return reporterContact; }
    public void setReporterContact(String reporterContact) { this.reporterContact = reporterContact; }
    public boolean isConsentSummary() { return consentSummary; }
    public void setConsentSummary(boolean consentSummary) { this.consentSummary = consentSummary; }
    public boolean isConsentPhotos() { return consentPhotos; }
    public void setConsentPhotos(boolean consentPhotos) { this.consentPhotos = consentPhotos; }
    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String submissionKey) { this.submissionKey = submissionKey; }
    public List<MultipartFile> getPhotos() { return photos; }
    public void setPhotos(List<MultipartFile> photos) { this.photos = photos; }

    @Override
    public String toString() {
        return "CaseForm[" + category + ", " + city + "]";
    }
}
