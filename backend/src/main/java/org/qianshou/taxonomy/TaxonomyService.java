package org.qianshou.taxonomy;

import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reference taxonomies (seeded by migration), cached in memory. */
@Singleton
public class TaxonomyService {

    /** The taxonomies. */
    public enum Kind {
        SERVICE_CATEGORY,
        TARGET_GROUP,
        FUNDING_TYPE,
        PROGRAMME
    }

    private final TaxonomyRepository repository;
    private volatile Map<Kind, Map<String, Term>> cache;

    TaxonomyService(TaxonomyRepository repository) {
        this.repository = repository;
    }

    public Taxonomies all() {
        return new Taxonomies(
                terms(Kind.SERVICE_CATEGORY),
                terms(Kind.TARGET_GROUP),
                terms(Kind.FUNDING_TYPE),
                terms(Kind.PROGRAMME));
    }

    public List<Term> terms(Kind kind) {
        return List.copyOf(load().get(kind).values());
    }

    public boolean exists(Kind kind, String code) {
        return code != null && load().get(kind).containsKey(code);
    }

    /** Reference data is read once and kept: the migrations are the only writers. */
    private Map<Kind, Map<String, Term>> load() {
        Map<Kind, Map<String, Term>> c = cache;
        if (c == null) {
            Map<Kind, Map<String, Term>> loaded = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                List<TaxonomyTerm> rows = switch (kind) {
                    case SERVICE_CATEGORY -> repository.findAllOrderBySortOrderAndCode();
                    case TARGET_GROUP -> repository.targetGroups();
                    case FUNDING_TYPE -> repository.fundingTypes();
                    case PROGRAMME -> repository.programmes();
                };
                Map<String, Term> terms = new LinkedHashMap<>();
                for (TaxonomyTerm row : rows) {
                    terms.put(row.code(), row.term());
                }
                loaded.put(kind, Collections.unmodifiableMap(terms));
            }
            cache = c = loaded;
        }
        return c;
    }
}
