package org.qianshou.savedsearch;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qianshou.account.AccountDirectory;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.Messages;
import org.qianshou.system.QianshouConfiguration;
import org.qianshou.system.mail.AfterCommitSender;
import org.qianshou.system.mail.OutgoingMessage;
import org.qianshou.system.search.NewItem;
import org.qianshou.system.security.Identifiers;
import org.qianshou.system.security.Identifiers.Identifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts of saved searches: a daily search's digest is due a day after the last one, a weekly one's a week after.
 * A digest lists what the search finds that was first made public since the last digest (an hour earlier, for
 * documents that reached the index late), never an item an earlier digest of the same search listed (the delivery
 * table), nothing from before the search was saved. At most {@value #PER_KIND} of a kind, the earliest first; when a
 * kind reaches that, the next digest continues from the last one listed ({@code listed_until}), so none is skipped.
 * A search that fails is tried again an hour later, from where it was, and the others go on. One saved search per transaction, locked so that two instances
 * never digest it together; the message leaves through {@link AfterCommitSender} once that transaction has committed
 * (a crash in between loses that digest rather than sending it twice). Nothing new: no message, the period moves on.
 * Each message carries a fresh unsubscribe token (only its SHA-256 is kept), in a link and in the RFC 8058
 * {@code List-Unsubscribe} headers; the text is in the account's language first, then in the other.
 */
@Singleton
class Digests {

    private static final Logger LOG = LoggerFactory.getLogger(Digests.class);

    static final Duration DAY = Duration.ofDays(1);
    static final Duration WEEK = Duration.ofDays(7);
    /** How late a document may reach the index and still be listed. */
    static final Duration INDEX_LAG = Duration.ofHours(1);
    /** At most this many items of each kind in one digest; the rest come in the next one. */
    static final int PER_KIND = 20;
    /** When a saved search whose search failed is tried again. */
    static final Duration RETRY = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SavedSearchRepository searches;
    private final SavedSearchDigestRepository digests;
    private final KindSearches kinds;
    private final AccountDirectory accounts;
    private final Messages messages;
    private final ApplicationEventPublisher<DigestNotice> publisher;
    private final AfterCommitSender sender;
    private final String publicUrl;

    Digests(
            SavedSearchRepository searches,
            SavedSearchDigestRepository digests,
            KindSearches kinds,
            AccountDirectory accounts,
            Messages messages,
            ApplicationEventPublisher<DigestNotice> publisher,
            AfterCommitSender sender,
            QianshouConfiguration configuration) {
        this.searches = searches;
        this.digests = digests;
        this.kinds = kinds;
        this.accounts = accounts;
        this.messages = messages;
        this.publisher = publisher;
        this.sender = sender;
        this.publicUrl = configuration.publicUrl().replaceAll("/+$", "");
    }

    /** A digest decided in a transaction, sent once it has committed. */
    record DigestNotice(OutgoingMessage message) {}

    /**
     * Digests the next saved search due at {@code now}, if any; returns whether there was one (whether or not it
     * found anything new).
     */
    @Transactional
    boolean digestNext(Instant now) {
        Optional<SavedSearch> due = searches.nextDue(now.minus(DAY), now.minus(WEEK));
        if (due.isEmpty()) {
            return false;
        }
        SavedSearch s = due.get();
        Instant since = later(s.createdAt(), from(s));
        List<NewItem> items;
        try {
            items = kinds.publishedSince(
                    s.kind(),
                    SearchQuery.parse(s.kind(), s.query()),
                    since,
                    k -> digests.delivered(s.id(), k, since),
                    PER_KIND);
        } catch (InvalidInputException e) {
            // A code or region the search named no longer exists: nothing to send until the user changes it.
            LOG.info(
                    "Saved search {} is no longer valid: {}",
                    s.id(),
                    e.violations().size());
            items = List.of();
        } catch (RuntimeException e) {
            // Its search failed (the index away or being rebuilt, a query it cannot run): try it again in an hour,
            // from where it was, and go on with the others.
            LOG.warn("Saved search {} could not be digested, retried in an hour: {}", s.id(), e.toString());
            Duration period = SavedSearch.WEEKLY.equals(s.frequency()) ? WEEK : DAY;
            searches.digested(s.id(), now.minus(period).plus(RETRY), since);
            return true;
        }
        Identifier to = recipient(s.accountId());
        if (!items.isEmpty() && to != null) {
            String token = token();
            SavedSearchDigest digest =
                    digests.save(new SavedSearchDigest(null, s.id(), hash(token), items.size(), now));
            items.forEach(i -> digests.deliver(s.id(), i.kind(), i.id(), digest.id()));
            publisher.publishEvent(new DigestNotice(message(s, items, to, token)));
        }
        searches.digested(s.id(), now, listedUntil(items, now.minus(INDEX_LAG)));
        return true;
    }

    /** Where a saved search's digest starts: where the last one left off, else an hour before it. */
    private static Instant from(SavedSearch s) {
        return s.listedUntil() != null ? s.listedUntil() : s.lastDigestAt().minus(INDEX_LAG);
    }

    /**
     * Where the next digest continues from: {@code end}, or, when a kind reached {@value #PER_KIND} items, just before
     * the last item it listed (the earliest such), so that the rest of that kind come next time; what this digest
     * listed is not listed again (the delivery table).
     */
    static Instant listedUntil(List<NewItem> items, Instant end) {
        Instant until = end;
        Map<String, List<NewItem>> byKind = new java.util.LinkedHashMap<>();
        items.forEach(
                i -> byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i));
        for (List<NewItem> of : byKind.values()) {
            if (of.size() >= PER_KIND) {
                Instant last = of.get(of.size() - 1).publishedAt().minusMillis(1);
                if (last.isBefore(until)) {
                    until = last;
                }
            }
        }
        return until;
    }

    @TransactionalEventListener
    void afterCommit(DigestNotice notice) {
        sender.send(notice.message());
    }

    private OutgoingMessage message(SavedSearch s, List<NewItem> items, Identifier to, String token) {
        boolean english = "en".equals(accounts.languageOf(s.accountId()));
        List<Locale> order =
                english ? List.of(Locale.ENGLISH, Messages.CHINESE) : List.of(Messages.CHINESE, Locale.ENGLISH);
        String page = publicUrl + "/saved-searches/unsubscribe?token=" + token;
        String oneClick = publicUrl + "/api/saved-searches/unsubscribe?token=" + token;
        List<String> subjects = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Locale locale : order) {
            subjects.add(messages.get(locale, "mail.saved-search-digest.subject", s.name(), items.size()));
            StringBuilder text =
                    new StringBuilder(messages.get(locale, "mail.saved-search-digest.intro", s.name(), items.size()));
            text.append("\n\n");
            for (NewItem item : items) {
                text.append("- [")
                        .append(messages.get(locale, "mail.saved-search-digest.kind." + item.kind()))
                        .append("] ")
                        .append(item.title());
                if (!item.place().isEmpty()) {
                    text.append(" (").append(item.place()).append(')');
                }
                text.append("\n  ").append(publicUrl).append(item.path()).append('\n');
            }
            text.append('\n')
                    .append(messages.get(locale, "mail.saved-search-digest.manage", publicUrl + "/me/saved-searches"))
                    .append('\n')
                    .append(messages.get(locale, "mail.saved-search-digest.unsubscribe", page));
            texts.add(text.toString());
        }
        return new OutgoingMessage(
                to,
                "saved-search-digest",
                String.join(" / ", subjects),
                String.join("\n\n----\n\n", texts),
                Map.of(
                        "List-Unsubscribe",
                        "<" + oneClick + ">",
                        "List-Unsubscribe-Post",
                        "List-Unsubscribe=One-Click"));
    }

    /** Digests go to the account's e-mail address only; {@code null} without one. */
    private Identifier recipient(long accountId) {
        String email = accounts.contactOf(accountId).email();
        return email == null ? null : new Identifier(Identifiers.Kind.EMAIL, email);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a token, as kept in {@code saved_search_digest.token_hash}. */
    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
