package org.qianshou.opening.signup;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qianshou.opening.ShiftFacts;
import org.qianshou.opening.Shifts;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.QianshouConfiguration;

/**
 * Calendars: each volunteer's secret feed of their shifts (an address with a random token of 256 bits, which a
 * calendar application polls without signing in; regenerating it makes the old address stop working), and an
 * {@code .ics} per shift of a published opening.
 */
@Singleton
class CalendarService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarTokenRepository tokens;
    private final SignupLedger ledger;
    private final Shifts shifts;
    private final AccessPolicy access;
    private final String publicUrl;

    CalendarService(
            CalendarTokenRepository tokens,
            SignupLedger ledger,
            Shifts shifts,
            AccessPolicy access,
            QianshouConfiguration configuration) {
        this.access = access;
        this.tokens = tokens;
        this.ledger = ledger;
        this.shifts = shifts;
        this.publicUrl = configuration.publicUrl().replaceAll("/+$", "");
    }

    /** The address of the account's feed, made on first use. */
    @Transactional
    String feedUrl(long accountId) {
        String token = tokens.findById(accountId).map(CalendarToken::token).orElseGet(() -> {
            String fresh = newToken();
            tokens.put(accountId, fresh);
            return fresh;
        });
        return url(token);
    }

    /** A new address for the account's feed; the old one stops working. */
    @Transactional
    String regenerate(long accountId) {
        String fresh = newToken();
        tokens.put(accountId, fresh);
        return url(fresh);
    }

    /** The feed behind a token, or empty for an unknown (or replaced) token. */
    @ReadOnly
    Optional<String> feed(String token) {
        if (!token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return tokens.findByToken(token).map(t -> {
            List<Calendars.Event> events = new ArrayList<>();
            for (Map.Entry<Signup, ShiftFacts> e : ledger.calendarOf(t.accountId())) {
                Signup s = e.getKey();
                ShiftFacts shift = e.getValue();
                events.add(event(
                        "signup-" + s.id() + "@qianshou",
                        shift,
                        Signup.CONFIRMED.equals(s.status()),
                        Signup.SHIFT_CANCELLED.equals(s.status()) || !"open".equals(shift.shiftStatus())));
            }
            return Calendars.write("牵手志愿服务 Qianshou volunteering", events, Instant.now());
        });
    }

    /** One shift of a published (or closed) opening of a verified organisation as a calendar file; 404 otherwise. */
    @ReadOnly
    String shift(long shiftId) {
        ShiftFacts shift = shifts.facts(shiftId)
                .filter(s -> "published".equals(s.openingStatus()) || "closed".equals(s.openingStatus()))
                .filter(s -> access.canSeeOrganisation(null, s.organisationId()))
                .orElseThrow(() -> new NotFoundException("signup.resource.shift", shiftId));
        return Calendars.write(
                shift.openingTitle(),
                List.of(event("shift-" + shiftId + "@qianshou", shift, true, !"open".equals(shift.shiftStatus()))),
                Instant.now());
    }

    private Calendars.Event event(String uid, ShiftFacts shift, boolean confirmed, boolean cancelled) {
        return new Calendars.Event(
                uid,
                shift.startsAt(),
                shift.endsAt(),
                shift.openingTitle(),
                shift.regionPath() + " " + shift.meetingPlace(),
                shift.organisationName(),
                publicUrl + "/openings/" + shift.openingId(),
                confirmed,
                cancelled);
    }

    private String url(String token) {
        return publicUrl + "/calendar/" + token + ".ics";
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
