package org.takatuf.advocacy.web;

import java.util.UUID;

import org.takatuf.advocacy.Sector;
import org.takatuf.advocacy.internal.Complaint;
import org.takatuf.advocacy.internal.ComplaintCommand;
import org.takatuf.advocacy.internal.Company;
import org.takatuf.advocacy.internal.Outcome;

/** The complaint form as typed; kept as is when the form comes back with a message. */
public class ComplaintForm {

    private String companyName;
    private String country = "JO";
    private String sector;
    private String title;
    private String whatHappened;
    private String outcome;
    private String outcomeDetails;
    private String hashtag;
    private UUID submissionKey = UUID.randomUUID();

    static ComplaintForm of(Complaint c, Company company) {
        ComplaintForm f = new ComplaintForm();
        f.companyName = company.name();
        f.country = company.country();
        f.sector = c.sector().key();
        f.title = c.title();
        f.whatHappened = c.whatHappened();
        f.outcome = c.outcome().key();
        f.outcomeDetails = c.outcomeDetails();
        f.hashtag = c.hashtag();
        return f;
    }

    ComplaintCommand toCommand() {
        return new ComplaintCommand(companyName, country, sector == null ? null : Sector.ofKey(sector).orElse(null), title, whatHappened,
                outcome == null ? null : Outcome.ofKey(outcome).orElse(null), outcomeDetails, hashtag);
    }

    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(String whatHappened) { this.whatHappened = whatHappened; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getOutcomeDetails() { return outcomeDetails; }
    public void setOutcomeDetails(String outcomeDetails) { this.outcomeDetails = outcomeDetails; }
    public String getHashtag() { return hashtag; }
    public void setHashtag(String hashtag) { this.hashtag = hashtag; }
    public UUID getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(UUID submissionKey) { this.submissionKey = submissionKey; }
}
