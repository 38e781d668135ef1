package org.qianshou.funding.application;

/** A save or submission based on a version that is no longer current (409 naming {@code version}, with the current). */
class VersionConflictException extends RuntimeException {

    private final long currentVersion;

    VersionConflictException(long currentVersion) {
        super("version conflict, current " + currentVersion);
        this.currentVersion = currentVersion;
    }

    long currentVersion() {
        return currentVersion;
    }
}
