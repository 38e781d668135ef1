package org.qianshou.funding.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Appends a revision for each version an application takes, with a snapshot of its content at that version. */
@Singleton
class Revisions {

    static final String CREATED = "created";
    static final String SAVED = "saved";
    static final String SUBMITTED = "submitted";
    static final String WITHDRAWN = "withdrawn";
    static final String SHORTLISTED = "shortlisted";
    static final String REJECTED = "rejected";
    static final String AWARDED = "awarded";

    private final RevisionRepository revisions;
    private final BudgetLineRepository budgetLines;
    private final IndicatorRepository indicators;
    private final AttachmentRepository attachments;
    private final JsonMapper json;

    Revisions(
            RevisionRepository revisions,
            BudgetLineRepository budgetLines,
            IndicatorRepository indicators,
            AttachmentRepository attachments,
            JsonMapper json) {
        this.revisions = revisions;
        this.budgetLines = budgetLines;
        this.indicators = indicators;
        this.attachments = attachments;
        this.json = json;
    }

    /** Call inside the transaction that wrote {@code saved} (its children already written). */
    void append(ApplicationEntity saved, String event, @Nullable Long accountId) {
        ApplicationSnapshot snapshot = new ApplicationSnapshot(
                saved.stage(),
                saved.status(),
                saved.projectId(),
                saved.title(),
                saved.need(),
                saved.objectives(),
                saved.activities(),
                saved.beneficiaries(),
                saved.beneficiaryCount(),
                saved.periodFrom(),
                saved.periodTo(),
                budgetLines.findByApplicationIdOrderBySeq(saved.id()).stream()
                        .map(l -> new ApplicationSnapshot.Line(l.categoryCode(), l.description(), l.amountFen()))
                        .toList(),
                indicators.findByApplicationIdOrderBySeq(saved.id()).stream()
                        .map(i -> new ApplicationSnapshot.Target(i.name(), i.unit(), i.target()))
                        .toList(),
                saved.requestedFen(),
                saved.managementFeeFen(),
                attachments.ofApplication(saved.id()).stream()
                        .map(a -> new ApplicationSnapshot.File(a.id(), a.originalFilename()))
                        .toList());
        revisions.append(saved.id(), saved.version(), event, write(snapshot), accountId);
    }

    ApplicationSnapshot read(String snapshot) {
        try {
            return json.readValue(snapshot, ApplicationSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(ApplicationSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
