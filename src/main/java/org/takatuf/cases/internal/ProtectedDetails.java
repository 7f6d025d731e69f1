package org.takatuf.cases.internal;

/** The decrypted protected details of a case, as shown after an access record was written. */
public record ProtectedDetails(String beneficiaryName, String phone, String address, String location, String notes,
                               String reporterContact) {

    @Override
    public String toString() {
        return "ProtectedDetails[hidden]";
    }
}
