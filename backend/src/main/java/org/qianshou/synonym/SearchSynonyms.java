package org.qianshou.synonym;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.qianshou.audit.AuditLog;
import org.qianshou.search.text.ChineseText;
import org.qianshou.search.text.Synonyms;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The synonyms every search uses: the groups of the versioned file in the search module plus the administrators'
 * additions ({@code search_synonym}). Loaded at start-up and whenever the table's version moves (checked every
 * {@code qianshou.search.synonyms-refresh}, 30 s by default, and at once after a change on this instance), then
 * installed with {@link Synonyms#use}: the next query uses them, nothing is reindexed.
 */
@Singleton
public class SearchSynonyms {

    private static final Logger LOG = LoggerFactory.getLogger(SearchSynonyms.class);
    static final int MAX_WORDS = 20;
    static final int MAX_WORD_LENGTH = 30;

    private final SynonymRepository rows;
    private final AuditLog audit;
    private volatile long loadedVersion = -1;

    SearchSynonyms(SynonymRepository rows, AuditLog audit) {
        this.rows = rows;
        this.audit = audit;
    }

    /** What an administrator sends: the words of one group. */
    @Serdeable
    public record Request(@Nullable List<String> words) {}

    /** A group an administrator added. */
    @Serdeable
    public record Addition(
            long id, List<String> words, @Nullable Instant createdAt) {}

    /**
     * The synonyms in use.
     *
     * @param version the number of the administrators' latest change (0 before the first)
     * @param file the groups of the versioned file, which only a release changes
     * @param additions the administrators' groups, oldest first
     */
    @Serdeable
    public record View(long version, List<List<String>> file, List<Addition> additions) {}

    public View view() {
        return new View(
                rows.version(),
                Synonyms.defaults().groups(),
                rows.findCurrent().stream().map(SearchSynonyms::addition).toList());
    }

    /**
     * Adds a group: two to {@value #MAX_WORDS} distinct words of at most {@value #MAX_WORD_LENGTH} characters, no
     * commas; audited.
     *
     * @throws InvalidInputException naming {@code words}
     */
    @Transactional
    public Addition add(Actor admin, Request request) {
        List<String> words = check(request.words());
        Instant now = Instant.now();
        SynonymRow row = rows.save(new SynonymRow(
                null,
                String.join(SynonymRow.SEPARATOR, words),
                admin.accountId(),
                now,
                null,
                null,
                rows.nextVersion()));
        audit.record(admin.accountId(), "search.synonyms.added", "search_synonym", row.id(), String.join("，", words));
        return new Addition(row.id(), words, now);
    }

    /**
     * Removes an administrators' group (the row stays, marked removed); audited.
     *
     * @throws NotFoundException when there is no such group, or it was removed already
     */
    @Transactional
    public void remove(Actor admin, long id) {
        if (rows.remove(id, admin.accountId()) == 0) {
            throw new NotFoundException("resource.search-synonym", id);
        }
        audit.record(admin.accountId(), "search.synonyms.removed", "search_synonym", id, null);
    }

    /** Installs the file's groups and the administrators' current ones if the table changed since the last load. */
    public synchronized void reload() {
        long version = rows.version();
        if (version == loadedVersion) {
            return;
        }
        List<List<String>> added =
                rows.findCurrent().stream().map(SynonymRow::wordList).toList();
        Synonyms.use(Synonyms.defaults().with(added));
        loadedVersion = version;
        LOG.info(
                "Search synonyms: {} groups from the file, {} added by administrators (version {})",
                Synonyms.defaults().groups().size(),
                added.size(),
                version);
    }

    @Scheduled(fixedDelay = "${qianshou.search.synonyms-refresh:30s}", initialDelay = "0s")
    void refresh() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.warn("Could not reload the search synonyms; keeping the ones loaded: {}", e.toString());
        }
    }

    private static List<String> check(@Nullable List<String> raw) {
        List<Violation> violations = new ArrayList<>();
        LinkedHashSet<String> words = new LinkedHashSet<>();
        if (raw != null) {
            for (String word : raw) {
                String w = word == null ? "" : word.strip();
                if (w.isEmpty() || w.length() > MAX_WORD_LENGTH || w.contains(",") || w.contains("，")) {
                    violations.add(new Violation("words", "search.field.synonym.word", MAX_WORD_LENGTH));
                    break;
                }
                words.add(w);
            }
        }
        long distinct = words.stream().map(ChineseText::fold).distinct().count();
        if (violations.isEmpty() && (distinct < 2 || words.size() > MAX_WORDS)) {
            violations.add(new Violation("words", "search.field.synonym.words", MAX_WORDS));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return List.copyOf(words);
    }

    private static Addition addition(SynonymRow row) {
        return new Addition(row.id(), row.wordList(), row.createdAt());
    }
}
