package org.qianshou.funding.call;

/** A call with its organisation's name and status and its child rows. */
record CallRow(
        CallEntity call, String organisationName, boolean organisationVerified, CallPartsRepository.Parts parts) {

    boolean isPublic() {
        return CallStatus.PUBLIC.contains(call.status()) && organisationVerified;
    }
}
