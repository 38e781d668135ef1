package org.qianshou.savedsearch;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qianshou.account.AccountDirectory;
import org.qianshou.savedsearch.SavedSearchViews.Request;
import org.qianshou.savedsearch.SavedSearchViews.SavedSearchView;
import org.qianshou.savedsearch.SavedSearchViews.Unsubscription;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.NotFoundException;

/**
 * A signed-in user's saved searches: save any search (a kind and its parameters), choose daily or weekly alerts or
 * none, change, delete; each account sees only its own. The parameters are checked by running the search of the kind
 * once, so a search that its page refuses cannot be saved. Unsubscribing by a digest's token needs no sign-in.
 */
@Singleton
public class SavedSearchService {

    /** How many searches one account may keep. */
    static final int MAX_PER_ACCOUNT = 50;

    static final int MAX_NAME = 100;
    static final int MAX_QUERY = 2000;

    private static final Set<String> KINDS = SearchQuery.PARAMETERS.keySet();
    private static final Set<String> FREQUENCIES = Set.of(SavedSearch.DAILY, SavedSearch.WEEKLY, SavedSearch.NEVER);

    private final SavedSearchRepository searches;
    private final KindSearches kinds;
    private final AccountDirectory accounts;

    SavedSearchService(SavedSearchRepository searches, KindSearches kinds, AccountDirectory accounts) {
        this.searches = searches;
        this.kinds = kinds;
        this.accounts = accounts;
    }

    @ReadOnly
    public List<SavedSearchView> list(long accountId) {
        return searches.findByAccountIdOrderById(accountId).stream()
                .map(SavedSearchView::of)
                .toList();
    }

    @Transactional
    public SavedSearchView create(long accountId, Request request) {
        request = request == null ? new Request(null, null, null, null, null) : request;
        SearchQuery query = check(accountId, request);
        if (searches.countByAccountId(accountId) >= MAX_PER_ACCOUNT) {
            throw new ConflictException("error.saved-search.limit", MAX_PER_ACCOUNT);
        }
        SavedSearch saved = searches.save(new SavedSearch(
                null,
                accountId,
                request.name().strip(),
                request.kind(),
                query.encoded(),
                request.frequency(),
                Instant.now(),
                null,
                null,
                null,
                null));
        return SavedSearchView.of(searches.findById(saved.id()).orElseThrow());
    }

    /** Changes name, search and frequency; a changed search counts as new from now (older items are not sent). */
    @Transactional
    public SavedSearchView update(long accountId, long id, Request request) {
        SavedSearch current = own(accountId, id);
        request = request == null ? new Request(null, null, null, null, null) : request;
        SearchQuery query = check(accountId, request);
        if (request.version() == null) {
            throw InvalidInputException.of("version", "field.saved-search.version-required");
        }
        if (!request.version().equals(current.version())) {
            throw new ConflictException("error.saved-search.version-conflict");
        }
        boolean sameSearch =
                current.kind().equals(request.kind()) && current.query().equals(query.encoded());
        searches.update(new SavedSearch(
                current.id(),
                accountId,
                request.name().strip(),
                request.kind(),
                query.encoded(),
                request.frequency(),
                sameSearch ? current.lastDigestAt() : Instant.now(),
                sameSearch ? current.listedUntil() : null,
                current.version(),
                current.createdAt(),
                null));
        return SavedSearchView.of(searches.findById(id).orElseThrow());
    }

    @Transactional
    public void delete(long accountId, long id) {
        searches.delete(own(accountId, id));
    }

    /** What the digest's token unsubscribes from; 404 for an unknown token. */
    @ReadOnly
    public Unsubscription unsubscription(String token) {
        SavedSearch s = searches.findByDigestToken(Digests.hash(token))
                .orElseThrow(() -> new NotFoundException("resource.saved-search", "-"));
        return new Unsubscription(s.name(), s.kind(), SavedSearch.NEVER.equals(s.frequency()));
    }

    /** Stops the alerts of the digest's saved search (again: nothing changes); 404 for an unknown token. */
    @Transactional
    public Unsubscription unsubscribe(String token) {
        byte[] hash = Digests.hash(token);
        SavedSearch s =
                searches.findByDigestToken(hash).orElseThrow(() -> new NotFoundException("resource.saved-search", "-"));
        searches.unsubscribe(hash);
        return new Unsubscription(s.name(), s.kind(), true);
    }

    private SavedSearch own(long accountId, long id) {
        return searches.findByIdAndAccountId(id, accountId)
                .orElseThrow(() -> new NotFoundException("resource.saved-search", id));
    }

    private SearchQuery check(long accountId, Request request) {
        List<Violation> violations = new ArrayList<>();
        if (request.name() == null || request.name().isBlank()) {
            violations.add(new Violation("name", "field.saved-search.name-required"));
        } else if (request.name().strip().length() > MAX_NAME) {
            violations.add(new Violation("name", "field.saved-search.name-too-long", MAX_NAME));
        }
        if (request.query() != null && request.query().length() > MAX_QUERY) {
            violations.add(new Violation("query", "field.saved-search.query-too-long", MAX_QUERY));
        }
        if (request.kind() == null || !KINDS.contains(request.kind())) {
            violations.add(new Violation("kind", "field.saved-search.kind", request.kind()));
        }
        if (request.frequency() == null || !FREQUENCIES.contains(request.frequency())) {
            violations.add(new Violation("frequency", "field.saved-search.frequency", request.frequency()));
        } else if (!SavedSearch.NEVER.equals(request.frequency())
                && accounts.contactOf(accountId).email() == null) {
            violations.add(new Violation("frequency", "field.saved-search.email-needed"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        SearchQuery query = SearchQuery.parse(request.kind(), request.query());
        // The kind's own checks (known region and codes, dates, lengths): run once, finding nothing new.
        kinds.publishedSince(request.kind(), query, Instant.now(), k -> List.of(), 1);
        return query;
    }
}
