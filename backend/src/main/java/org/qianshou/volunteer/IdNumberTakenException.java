package org.qianshou.volunteer;

/** Another volunteer holds the ID number (409 {@code volunteer.id-number.taken}); the message never holds it. */
class IdNumberTakenException extends RuntimeException {
    IdNumberTakenException() {
        super("the ID number is held by another volunteer");
    }
}
