package org.qianshou.funding.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.qianshou.funding.disclosure.DisclosureRepository.AwardRow;
import org.qianshou.funding.disclosure.DisclosureRepository.CallRow;
import org.qianshou.funding.disclosure.DisclosureRepository.LedgerRow;
import org.qianshou.funding.disclosure.DisclosureRepository.PaymentRow;
import org.qianshou.funding.disclosure.DisclosureViews.AwardPart;
import org.qianshou.funding.disclosure.DisclosureViews.BudgetPart;
import org.qianshou.funding.disclosure.DisclosureViews.CallDisclosure;
import org.qianshou.funding.disclosure.DisclosureViews.CallPart;
import org.qianshou.funding.disclosure.DisclosureViews.PaymentPart;
import org.qianshou.funding.disclosure.DisclosureViews.ProjectDisclosure;
import org.qianshou.funding.disclosure.DisclosureViews.ProjectPart;
import org.qianshou.funding.disclosure.DisclosureViews.ReportPart;
import org.qianshou.funding.disclosure.DisclosureViews.SourcePart;
import org.qianshou.funding.disclosure.DisclosureViews.TranchePart;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.project.ProjectDetail;
import org.qianshou.project.ProjectService;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Page;
import org.qianshou.system.csv.CsvWriter;
import org.qianshou.taxonomy.BudgetCategory;
import org.qianshou.taxonomy.TaxonomyService;

/**
 * Public disclosure of funding (资金公示), for anyone without signing in: for a published or closed call its approved
 * awards and approved payments, for a public project the money received by source, its tranches and budget against
 * actual from its latest approved report; each also as CSV, and every approved payment as one CSV. Organisations,
 * projects and amounts only: no account, no person, no phone number is read here. The CSV files are written while
 * the database cursor reads them, {@link DisclosureRepository#FETCH} rows at a time, with the names of each batch
 * looked up at once.
 */
@Singleton
public class DisclosureService {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static final List<String> LEDGER_COLUMNS = List.of(
            "entry_id",
            "recorded_at",
            "kind",
            "amount_yuan",
            "amount_fen",
            "funder",
            "organisation",
            "project",
            "award_id",
            "tranche");

    static final List<String> PAYMENT_COLUMNS = List.of(
            "payment_id",
            "paid_on",
            "amount_yuan",
            "amount_fen",
            "funder",
            "organisation",
            "project",
            "call_id",
            "call",
            "award_id",
            "tranche");

    private final DisclosureRepository repository;
    private final OrganisationService organisations;
    private final ProjectService projects;
    private final TaxonomyService taxonomies;

    DisclosureService(
            DisclosureRepository repository,
            OrganisationService organisations,
            ProjectService projects,
            TaxonomyService taxonomies) {
        this.repository = repository;
        this.organisations = organisations;
        this.projects = projects;
        this.taxonomies = taxonomies;
    }

    private List<String> categoryOrder() {
        return taxonomies.budgetCategories().stream().map(BudgetCategory::code).toList();
    }

    /** A published or closed call, or 404. */
    @ReadOnly
    public CallRow requirePublicCall(long callId) {
        return repository
                .publicCall(callId)
                .orElseThrow(() -> new NotFoundException("resource.disclosure.call", callId));
    }

    /** A published or closed project, or 404. */
    @ReadOnly
    public ProjectDetail requirePublicProject(long projectId) {
        try {
            return projects.getPublic(projectId);
        } catch (NotFoundException e) {
            throw new NotFoundException("resource.disclosure.project", projectId);
        }
    }

    @ReadOnly
    public CallDisclosure call(long callId, int page, int size) {
        CallRow call = requirePublicCall(callId);
        long offset = (long) page * size;
        List<AwardRow> awards = repository.awardsOfCall(callId, size, offset);
        List<PaymentRow> payments = repository.paymentsOfCall(callId, size, offset);
        Names names = new Names();
        names.organisations.add(call.organisationId());
        awards.forEach(a -> {
            names.organisations.add(a.organisationId());
            names.projects.add(a.projectId());
        });
        payments.forEach(p -> names.organisations.add(p.organisationId()));
        names.resolve();
        return new CallDisclosure(
                new CallPart(
                        call.id(),
                        call.title(),
                        call.organisationId(),
                        names.organisation(call.organisationId()),
                        call.fundingType(),
                        call.poolFen(),
                        call.committedFen(),
                        call.paidFen(),
                        call.poolFen() - call.committedFen()),
                new Page<>(
                        awards.stream()
                                .map(a -> new AwardPart(
                                        a.id(),
                                        a.organisationId(),
                                        names.organisation(a.organisationId()),
                                        a.projectId(),
                                        names.project(a.projectId()),
                                        a.amountFen(),
                                        a.paidFen(),
                                        a.approvedAt() == null
                                                ? null
                                                : a.approvedAt()
                                                        .atZone(SHANGHAI)
                                                        .toLocalDate(),
                                        a.matchedAwardId()))
                                .toList(),
                        repository.countAwardsOfCall(callId),
                        page,
                        size),
                new Page<>(
                        payments.stream()
                                .map(p -> new PaymentPart(
                                        p.id(),
                                        p.awardId(),
                                        names.organisation(p.organisationId()),
                                        p.trancheSeq(),
                                        p.amountFen(),
                                        p.paidOn()))
                                .toList(),
                        repository.countPaymentsOfCall(callId),
                        page,
                        size));
    }

    @ReadOnly
    public ProjectDisclosure project(long projectId) {
        ProjectDetail project = requirePublicProject(projectId);
        List<AwardRow> awards = repository.awardsOfProject(projectId);
        var tranches = repository.tranchesOfProject(projectId);
        Names names = new Names();
        awards.forEach(a -> names.organisations.add(a.funderOrganisationId()));
        tranches.forEach(t -> names.organisations.add(t.funderOrganisationId()));
        names.resolve();
        return new ProjectDisclosure(
                new ProjectPart(
                        project.id(),
                        project.title(),
                        project.organisation().id(),
                        project.organisation().name()),
                awards.stream()
                        .map(a -> new SourcePart(
                                a.id(),
                                a.funderOrganisationId(),
                                names.organisation(a.funderOrganisationId()),
                                a.callId(),
                                a.callTitle(),
                                a.fundingType(),
                                a.amountFen(),
                                a.paidFen(),
                                a.matchedAwardId()))
                        .toList(),
                tranches.stream()
                        .map(t -> new TranchePart(
                                t.awardId(),
                                names.organisation(t.funderOrganisationId()),
                                t.seq(),
                                t.amountFen(),
                                t.paidFen(),
                                t.status(),
                                t.paidOn()))
                        .toList(),
                repository.budgetOfLatestApprovedReport(projectId).stream()
                        .sorted(java.util.Comparator.comparingInt(
                                b -> categoryOrder().indexOf(b.category())))
                        .map(b -> new BudgetPart(b.category(), b.budgetFen(), b.actualFen()))
                        .toList(),
                repository.approvedReportsOfProject(projectId).stream()
                        .map(r -> new ReportPart(
                                r.awardId(),
                                r.kind(),
                                r.seq(),
                                r.periodFrom(),
                                r.periodTo(),
                                r.approvedAt().atZone(SHANGHAI).toLocalDate()))
                        .toList());
    }

    /** The call's ledger, one row per entry (so its sums are the ledger's), written as the cursor reads it. */
    @ReadOnly
    public void writeCallLedger(long callId, OutputStream out) {
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(LEDGER_COLUMNS);
            NameCache names = new NameCache();
            repository.ledgerOfCall(callId, batch -> {
                names.load(batch, LedgerRow::funderOrganisationId, LedgerRow::organisationId, LedgerRow::projectId);
                batch.forEach(e -> csv.row(ledgerCells(e, names)));
            });
        }
    }

    /** The ledger of the project's awards (every funder), one row per entry, with the call of each. */
    @ReadOnly
    public void writeProjectLedger(long projectId, OutputStream out) {
        try (CsvWriter csv = new CsvWriter(out)) {
            List<String> columns = new ArrayList<>(LEDGER_COLUMNS);
            columns.add("call_id");
            columns.add("call");
            csv.row(columns);
            NameCache names = new NameCache();
            repository.ledgerOfProject(projectId, batch -> {
                names.load(batch, LedgerRow::funderOrganisationId, LedgerRow::organisationId, LedgerRow::projectId);
                batch.forEach(e -> {
                    List<Object> cells = new ArrayList<>(ledgerCells(e, names));
                    cells.add(e.callId());
                    cells.add(e.callTitle());
                    csv.row(cells);
                });
            });
        }
    }

    /** Every approved payment (of one call, within the days), by id, written as the cursor reads it. */
    @ReadOnly
    public void writePayments(
            @Nullable Long callId, @Nullable LocalDate from, @Nullable LocalDate to, OutputStream out) {
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(PAYMENT_COLUMNS);
            NameCache names = new NameCache();
            repository.payments(callId, from, to, batch -> {
                names.load(batch, PaymentRow::funderOrganisationId, PaymentRow::organisationId, PaymentRow::projectId);
                batch.forEach(p -> csv.row(List.of(
                        p.id(),
                        p.paidOn().toString(),
                        CsvWriter.yuan(p.amountFen()),
                        p.amountFen(),
                        names.organisation(p.funderOrganisationId()),
                        names.organisation(p.organisationId()),
                        names.project(p.projectId()),
                        p.callId(),
                        p.callTitle(),
                        p.awardId(),
                        p.trancheSeq())));
            });
        }
    }

    private static List<Object> ledgerCells(LedgerRow e, NameCache names) {
        List<Object> cells = new ArrayList<>(12);
        cells.add(e.id());
        cells.add(TIME.format(e.recordedAt().atZone(SHANGHAI)));
        cells.add(e.kind());
        cells.add(CsvWriter.yuan(e.amountFen()));
        cells.add(e.amountFen());
        cells.add(names.organisation(e.funderOrganisationId()));
        cells.add(names.organisation(e.organisationId()));
        cells.add(names.project(e.projectId()));
        cells.add(e.awardId());
        cells.add(e.trancheSeq() == null ? "" : e.trancheSeq().toString());
        return cells;
    }

    /** The names of one page's organisations and projects, looked up at once. */
    private final class Names {
        final Set<Long> organisations = new HashSet<>();
        final Set<Long> projects = new HashSet<>();
        private Map<Long, String> organisationNames = Map.of();
        private Map<Long, String> projectTitles = Map.of();

        void resolve() {
            organisationNames = organisationNames(organisations);
            projectTitles = projectTitles(projects);
        }

        String organisation(long id) {
            return organisationNames.getOrDefault(id, "");
        }

        String project(long id) {
            return projectTitles.getOrDefault(id, "");
        }
    }

    /**
     * Names for a stream of rows: each batch's unknown organisations and projects are looked up at once, and at most
     * {@link #SIZE} of each are kept (the least recently used go), so memory stays bounded however long the file.
     */
    private final class NameCache {
        static final int SIZE = 5_000;
        private final Map<Long, String> organisationNames = lru();
        private final Map<Long, String> projectTitles = lru();

        @SafeVarargs
        final <T> void load(List<T> batch, Function<T, Long> funder, Function<T, Long>... others) {
            Set<Long> orgs = new HashSet<>();
            Set<Long> projs = new HashSet<>();
            for (T row : batch) {
                orgs.add(funder.apply(row));
                orgs.add(others[0].apply(row));
                projs.add(others[1].apply(row));
            }
            orgs.removeAll(organisationNames.keySet());
            projs.removeAll(projectTitles.keySet());
            organisationNames.putAll(organisationNames(orgs));
            projectTitles.putAll(projectTitles(projs));
        }

        String organisation(long id) {
            return organisationNames.getOrDefault(id, "");
        }

        String project(long id) {
            return projectTitles.getOrDefault(id, "");
        }

        private static Map<Long, String> lru() {
            return new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
                    return size() > SIZE;
                }
            };
        }
    }

    private Map<Long, String> organisationNames(Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            organisations.findAll(ids).forEach((id, o) -> names.put(id, o.name()));
        }
        return names;
    }

    private Map<Long, String> projectTitles(Collection<Long> ids) {
        Map<Long, String> titles = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            projects.owners(ids).forEach((id, p) -> titles.put(id, p.title()));
        }
        return titles;
    }
}
