package org.qianshou.account;

/** No valid session or refresh token: 401. */
class UnauthenticatedException extends RuntimeException {
    UnauthenticatedException() {
        super("unauthenticated");
    }
}
