package org.qianshou.account;

/** Wrong identifier or password (never says which): 401. */
class LoginFailedException extends RuntimeException {
    LoginFailedException() {
        super("login failed");
    }
}
