package org.qianshou.funding.application;

/** The organisation already has a live application to the call (409; the problem carries its {@code applicationId}). */
class ApplicationExistsException extends RuntimeException {

    private final long applicationId;

    ApplicationExistsException(long applicationId) {
        super("live application " + applicationId);
        this.applicationId = applicationId;
    }

    long applicationId() {
        return applicationId;
    }
}
