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
        PROGRAMME,
        /** Skills of volunteers and openings ({@link #skills()} has their kinds). */
        SKILL
    }

    private final TaxonomyRepository repository;
    private final SkillRepository skillRepository;
    private volatile Map<Kind, Map<String, Term>> cache;
    private final BudgetCategoryRepository budgetCategoryRepository;
    private volatile List<Skill> skills;
    private volatile List<BudgetCategory> budgetCategories;

    TaxonomyService(
            TaxonomyRepository repository,
            SkillRepository skillRepository,
            BudgetCategoryRepository budgetCategoryRepository) {
        this.repository = repository;
        this.skillRepository = skillRepository;
        this.budgetCategoryRepository = budgetCategoryRepository;
    }

    public Taxonomies all() {
        return new Taxonomies(
                terms(Kind.SERVICE_CATEGORY),
                terms(Kind.TARGET_GROUP),
                terms(Kind.FUNDING_TYPE),
                terms(Kind.PROGRAMME),
                skills(),
                budgetCategories());
    }

    /** The budget categories of applications and reports, in display order (one is the management fee). */
    public List<BudgetCategory> budgetCategories() {
        List<BudgetCategory> b = budgetCategories;
        if (b == null) {
            budgetCategories = b = budgetCategoryRepository.findAllOrderBySortOrderAndCode().stream()
                    .map(BudgetCategoryRow::category)
                    .toList();
        }
        return b;
    }

    /** The skills, service skills first, then languages, in display order. */
    public List<Skill> skills() {
        List<Skill> s = skills;
        if (s == null) {
            skills = s = skillRepository.findAllOrderBySortOrderAndCode().stream()
                    .map(SkillRow::skill)
                    .toList();
        }
        return s;
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
                Map<String, Term> terms = new LinkedHashMap<>();
                if (kind == Kind.SKILL) {
                    skills().forEach(skill ->
                            terms.put(skill.code(), new Term(skill.code(), skill.nameZh(), skill.nameEn())));
                    loaded.put(kind, Collections.unmodifiableMap(terms));
                    continue;
                }
                List<TaxonomyTerm> rows = switch (kind) {
                    case SERVICE_CATEGORY -> repository.findAllOrderBySortOrderAndCode();
                    case TARGET_GROUP -> repository.targetGroups();
                    case FUNDING_TYPE -> repository.fundingTypes();
                    case PROGRAMME -> repository.programmes();
                    case SKILL -> throw new IllegalStateException("skills are read above");
                };
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
