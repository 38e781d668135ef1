package org.qianshou.synonym;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A row of {@code search_synonym}: one group of words an administrator added, its words joined by commas. */
@MappedEntity("search_synonym")
record SynonymRow(
        @Id @GeneratedValue @Nullable Long id,
        String words,
        long createdBy,
        @Nullable Instant createdAt,
        @Nullable Long removedBy,
        @Nullable Instant removedAt,
        long version) {

    static final String SEPARATOR = ",";

    List<String> wordList() {
        return Arrays.stream(words.split(SEPARATOR)).map(String::strip).toList();
    }
}
