package org.takatuf.cases;

/** A case was reported (no personal data: category and city key only). */
public record CaseReported(CaseId caseId, CaseCategory category, String city) {
}
