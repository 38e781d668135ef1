package org.qianshou.programme;

import static org.qianshou.programme.ProgrammeRepository.ACTIVITIES;
import static org.qianshou.programme.ProgrammeRepository.DESIGNATIONS;
import static org.qianshou.programme.ProgrammeRepository.DISPATCHES;
import static org.qianshou.programme.ProgrammeRepository.PAIRS;
import static org.qianshou.programme.ProgrammeRepository.PARTNERSHIPS;
import static org.qianshou.programme.ProgrammeRepository.SUPPORT;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qianshou.audit.AuditLog;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.programme.ProgrammeRepository.EntryLog;
import org.qianshou.programme.ProgrammeRepository.Facts;
import org.qianshou.programme.ProgrammeRequests.DesignationRequest;
import org.qianshou.programme.ProgrammeRequests.DispatchRequest;
import org.qianshou.programme.ProgrammeRequests.EndRequest;
import org.qianshou.programme.ProgrammeRequests.EntryRequest;
import org.qianshou.programme.ProgrammeRequests.PairRequest;
import org.qianshou.programme.ProgrammeRequests.PartnershipRequest;
import org.qianshou.programme.ProgrammeRequests.WithdrawRequest;
import org.qianshou.programme.ProgrammeViews.ActivityView;
import org.qianshou.programme.ProgrammeViews.DesignationView;
import org.qianshou.programme.ProgrammeViews.DispatchView;
import org.qianshou.programme.ProgrammeViews.PartnershipView;
import org.qianshou.programme.ProgrammeViews.SupportEntryView;
import org.qianshou.programme.ProgrammeViews.TwinningPairView;
import org.qianshou.project.ProjectService;
import org.qianshou.region.Region;
import org.qianshou.region.RegionService;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.InvalidInputException.Violation;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Text;
import org.qianshou.system.security.Actor;

/**
 * Writes to the programmes: administrators create, edit and end pairs, partnerships (and add their activities),
 * dispatches and demonstration designations; members of a pair's Yunnan agency add to its support log. Every request is
 * checked whole before anything is written (400 naming each wrong field), an edit names the version it changes (409
 * otherwise), and every write is audited in the same transaction.
 */
@Singleton
public class ProgrammeWorkflow {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_COUNT = 100_000;
    static final int MAX_WORKERS = 10_000;

    private final ProgrammeRepository repository;
    private final OrganisationService organisations;
    private final ProjectService projects;
    private final RegionService regions;
    private final AccessPolicy access;
    private final AuditLog audit;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ProgrammeWorkflow(
            ProgrammeRepository repository,
            OrganisationService organisations,
            ProjectService projects,
            RegionService regions,
            AccessPolicy access,
            AuditLog audit) {
        this.repository = repository;
        this.organisations = organisations;
        this.projects = projects;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
    }

    // ---- 牵手计划 pairs and their support log

    @Transactional
    public TwinningPairView createPair(Actor actor, PairRequest r) {
        checkPair(r, false);
        long id = repository.insertPair(
                r.partnerName().strip(),
                r.partnerProvince().strip(),
                r.partnerCity().strip(),
                r.partnerOrganisationId(),
                r.agencyOrganisationId(),
                r.startDate(),
                r.endDate(),
                false,
                actor.accountId());
        audit.record(actor.accountId(), "programme.pair.created", "twinning_pair", id, pairDetail(r));
        return repository.one(PAIRS, id).orElseThrow();
    }

    @Transactional
    public TwinningPairView updatePair(Actor actor, long id, PairRequest r) {
        Facts facts =
                repository.facts(PAIRS, id).orElseThrow(() -> new NotFoundException("resource.twinning-pair", id));
        checkPair(r, true);
        requireVersion(facts, r.version());
        repository.updatePair(
                id,
                r.version(),
                r.partnerName().strip(),
                r.partnerProvince().strip(),
                r.partnerCity().strip(),
                r.partnerOrganisationId(),
                r.agencyOrganisationId(),
                r.startDate(),
                r.endDate());
        audit.record(actor.accountId(), "programme.pair.updated", "twinning_pair", id, pairDetail(r));
        return repository.one(PAIRS, id).orElseThrow();
    }

    @Transactional
    public TwinningPairView endPair(Actor actor, long id, EndRequest r) {
        return ended(actor, PAIRS, "resource.twinning-pair", "programme.pair.ended", id, r);
    }

    /**
     * A support-log entry by a member of the pair's Yunnan agency ({@code organisationId} in the address): 404 when the
     * pair is not that agency's. The day lies within the pair's dates and not in the future.
     */
    @Transactional
    public SupportEntryView addSupport(Actor actor, long organisationId, long pairId, EntryRequest r) {
        access.requireMember(actor, organisationId);
        Facts facts = repository
                .facts(PAIRS, pairId)
                .filter(f -> f.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("resource.twinning-pair", pairId));
        checkEntry(r, Programmes.SUPPORT_KINDS, facts);
        return addEntry(actor, SUPPORT, pairId, r, "programme.support.added", "twinning_pair");
    }

    // ---- university–county partnerships and their activities

    @Transactional
    public PartnershipView createPartnership(Actor actor, PartnershipRequest r) {
        String name = checkPartnership(r, false);
        long id = repository.insertPartnership(
                r.universityOrganisationId(),
                name,
                r.countyCode(),
                r.startDate(),
                r.endDate(),
                false,
                actor.accountId());
        audit.record(
                actor.accountId(),
                "programme.partnership.created",
                "university_partnership",
                id,
                partnershipDetail(r, name));
        return repository.one(PARTNERSHIPS, id).orElseThrow();
    }

    @Transactional
    public PartnershipView updatePartnership(Actor actor, long id, PartnershipRequest r) {
        Facts facts =
                repository.facts(PARTNERSHIPS, id).orElseThrow(() -> new NotFoundException("resource.partnership", id));
        String name = checkPartnership(r, true);
        requireVersion(facts, r.version());
        repository.updatePartnership(
                id, r.version(), r.universityOrganisationId(), name, r.countyCode(), r.startDate(), r.endDate());
        audit.record(
                actor.accountId(),
                "programme.partnership.updated",
                "university_partnership",
                id,
                partnershipDetail(r, name));
        return repository.one(PARTNERSHIPS, id).orElseThrow();
    }

    @Transactional
    public PartnershipView endPartnership(Actor actor, long id, EndRequest r) {
        return ended(actor, PARTNERSHIPS, "resource.partnership", "programme.partnership.ended", id, r);
    }

    /** An internship base, students placed or teachers' practice, dated within the partnership, not in the future. */
    @Transactional
    public ActivityView addActivity(Actor actor, long partnershipId, EntryRequest r) {
        Facts facts = repository
                .facts(PARTNERSHIPS, partnershipId)
                .orElseThrow(() -> new NotFoundException("resource.partnership", partnershipId));
        checkEntry(r, Programmes.ACTIVITY_KINDS, facts);
        return addEntry(actor, ACTIVITIES, partnershipId, r, "programme.activity.added", "university_partnership");
    }

    /** A checked entry written to the record's log, audited on the record. */
    private <V> V addEntry(
            Actor actor, EntryLog<V> log, long parentId, EntryRequest r, String action, String recordType) {
        long id =
                repository.insertEntry(log, parentId, r.kind(), r.date(), r.count(), note(r), false, actor.accountId());
        audit.record(
                actor.accountId(),
                action,
                recordType,
                parentId,
                "entry=" + id + ", kind=" + r.kind() + ", date=" + r.date() + ", count=" + r.count());
        return repository.entry(log, id);
    }

    // ---- dispatches of social workers

    @Transactional
    public DispatchView createDispatch(Actor actor, DispatchRequest r) {
        checkDispatch(r, false);
        long id = repository.insertDispatch(
                r.regionCode(),
                r.qualificationLevel(),
                r.workers(),
                r.startDate(),
                r.endDate(),
                r.sendingOrganisationId(),
                false,
                actor.accountId());
        audit.record(actor.accountId(), "programme.dispatch.created", "talent_dispatch", id, dispatchDetail(r));
        return repository.one(DISPATCHES, id).orElseThrow();
    }

    @Transactional
    public DispatchView updateDispatch(Actor actor, long id, DispatchRequest r) {
        Facts facts =
                repository.facts(DISPATCHES, id).orElseThrow(() -> new NotFoundException("resource.dispatch", id));
        checkDispatch(r, true);
        requireVersion(facts, r.version());
        repository.updateDispatch(
                id,
                r.version(),
                r.regionCode(),
                r.qualificationLevel(),
                r.workers(),
                r.startDate(),
                r.endDate(),
                r.sendingOrganisationId());
        audit.record(actor.accountId(), "programme.dispatch.updated", "talent_dispatch", id, dispatchDetail(r));
        return repository.one(DISPATCHES, id).orElseThrow();
    }

    @Transactional
    public DispatchView endDispatch(Actor actor, long id, EndRequest r) {
        return ended(actor, DISPATCHES, "resource.dispatch", "programme.dispatch.ended", id, r);
    }

    // ---- demonstration designations

    @Transactional
    public DesignationView createDesignation(Actor actor, DesignationRequest r) {
        checkDesignation(r, false, 0);
        long id = repository.insertDesignation(r.projectId(), r.year(), r.category(), false, actor.accountId());
        audit.record(
                actor.accountId(),
                "programme.designation.created",
                "demonstration_designation",
                id,
                designationDetail(r));
        return repository.one(DESIGNATIONS, id).orElseThrow();
    }

    @Transactional
    public DesignationView updateDesignation(Actor actor, long id, DesignationRequest r) {
        long version =
                repository.designationVersion(id).orElseThrow(() -> new NotFoundException("resource.designation", id));
        DesignationView current = repository.one(DESIGNATIONS, id).orElseThrow();
        if (current.withdrawn()) {
            throw new ConflictException("programme.designation.withdrawn");
        }
        checkDesignation(r, true, id);
        if (r.version() != version) {
            throw ConflictException.onField("version", "programme.version-conflict");
        }
        repository.updateDesignation(id, version, r.projectId(), r.year(), r.category());
        audit.record(
                actor.accountId(),
                "programme.designation.updated",
                "demonstration_designation",
                id,
                designationDetail(r));
        return repository.one(DESIGNATIONS, id).orElseThrow();
    }

    @Transactional
    public DesignationView withdrawDesignation(Actor actor, long id, WithdrawRequest r) {
        long version =
                repository.designationVersion(id).orElseThrow(() -> new NotFoundException("resource.designation", id));
        if (r.version() == null) {
            throw InvalidInputException.of("version", "error.required");
        }
        if (repository.one(DESIGNATIONS, id).orElseThrow().withdrawn()) {
            throw new ConflictException("programme.designation.withdrawn");
        }
        if (r.version() != version || !repository.withdrawDesignation(id, version)) {
            throw ConflictException.onField("version", "programme.version-conflict");
        }
        audit.record(actor.accountId(), "programme.designation.withdrawn", "demonstration_designation", id, null);
        return repository.one(DESIGNATIONS, id).orElseThrow();
    }

    // ---- demo rows (the demo loader), marked demo

    /** Whether the demo programme rows are already there. */
    @Transactional
    public boolean hasDemoRows() {
        return repository.hasDemoRows();
    }

    @Transactional
    public long createDemoPair(
            String partnerName, String province, String city, long agencyId, LocalDate start, @Nullable LocalDate end) {
        return repository.insertPair(partnerName, province, city, null, agencyId, start, end, true, null);
    }

    @Transactional
    public void createDemoSupport(long pairId, String kind, LocalDate date, int count) {
        repository.insertEntry(SUPPORT, pairId, kind, date, count, "", true, null);
    }

    @Transactional
    public long createDemoPartnership(
            @Nullable Long universityId, String name, String county, LocalDate start, @Nullable LocalDate end) {
        return repository.insertPartnership(universityId, name, county, start, end, true, null);
    }

    @Transactional
    public void createDemoActivity(long partnershipId, String kind, LocalDate date, int count) {
        repository.insertEntry(ACTIVITIES, partnershipId, kind, date, count, "", true, null);
    }

    @Transactional
    public void createDemoDispatch(String region, String level, int workers, LocalDate start, @Nullable LocalDate end) {
        repository.insertDispatch(region, level, workers, start, end, null, true, null);
    }

    @Transactional
    public void createDemoDesignation(long projectId, int year, String category) {
        repository.insertDesignation(projectId, year, category, true, null);
    }

    // ---- checks

    private void checkPair(PairRequest r, boolean edit) {
        List<Violation> v = new ArrayList<>();
        text(v, "partnerName", r.partnerName(), 200);
        text(v, "partnerProvince", r.partnerProvince(), 50);
        text(v, "partnerCity", r.partnerCity(), 50);
        if (r.partnerOrganisationId() != null) {
            organisation(v, "partnerOrganisationId", r.partnerOrganisationId(), Set.of("agency"));
        }
        if (r.agencyOrganisationId() == null) {
            v.add(new Violation("agencyOrganisationId", "error.required"));
        } else {
            organisation(v, "agencyOrganisationId", r.agencyOrganisationId(), Set.of("agency"));
            if (r.agencyOrganisationId().equals(r.partnerOrganisationId())) {
                v.add(new Violation("partnerOrganisationId", "programme.field.partner-is-agency"));
            }
        }
        dates(v, r.startDate(), r.endDate());
        version(v, edit, r.version());
        throwIfAny(v);
    }

    /** @return the university's name: its organisation's when it is on the platform */
    private String checkPartnership(PartnershipRequest r, boolean edit) {
        List<Violation> v = new ArrayList<>();
        String name = null;
        if (r.universityOrganisationId() != null) {
            name = organisation(v, "universityOrganisationId", r.universityOrganisationId(), Set.of("university"))
                    .map(Organisation::name)
                    .orElse(null);
        } else if (r.universityName() == null || r.universityName().isBlank()) {
            v.add(new Violation("universityName", "programme.field.university-required"));
        } else {
            text(v, "universityName", r.universityName(), 200);
            name = r.universityName().strip();
        }
        region(v, "countyCode", r.countyCode(), Set.of("county"), "programme.field.county");
        dates(v, r.startDate(), r.endDate());
        version(v, edit, r.version());
        throwIfAny(v);
        return name;
    }

    private void checkDispatch(DispatchRequest r, boolean edit) {
        List<Violation> v = new ArrayList<>();
        region(v, "regionCode", r.regionCode(), Set.of("township", "village"), "programme.field.township-or-village");
        if (r.qualificationLevel() == null || !Programmes.LEVELS.contains(r.qualificationLevel())) {
            v.add(new Violation("qualificationLevel", "programme.field.level", String.valueOf(r.qualificationLevel())));
        }
        if (r.workers() == null) {
            v.add(new Violation("workers", "error.required"));
        } else if (r.workers() < 1 || r.workers() > MAX_WORKERS) {
            v.add(new Violation("workers", "programme.field.count-range", MAX_WORKERS));
        }
        dates(v, r.startDate(), r.endDate());
        if (r.sendingOrganisationId() != null) {
            organisation(v, "sendingOrganisationId", r.sendingOrganisationId(), Set.of("agency", "university"));
        }
        version(v, edit, r.version());
        throwIfAny(v);
    }

    private void checkDesignation(DesignationRequest r, boolean edit, long id) {
        List<Violation> v = new ArrayList<>();
        if (r.projectId() == null) {
            v.add(new Violation("projectId", "error.required"));
        } else {
            try {
                projects.getPublic(r.projectId());
            } catch (NotFoundException e) {
                v.add(new Violation("projectId", "programme.field.project", r.projectId()));
            }
        }
        if (r.year() == null) {
            v.add(new Violation("year", "error.required"));
        } else if (r.year() < Programmes.FIRST_YEAR || r.year() > MAX_YEAR) {
            v.add(new Violation("year", "field.date.range", Programmes.FIRST_YEAR, MAX_YEAR));
        }
        if (r.category() == null || !Programmes.CATEGORIES.contains(r.category())) {
            v.add(new Violation("category", "programme.field.category", String.valueOf(r.category())));
        }
        version(v, edit, r.version());
        throwIfAny(v);
        if (repository.designated(r.projectId(), r.year(), id)) {
            throw ConflictException.onField("year", "programme.designation.duplicate", r.year());
        }
    }

    private void checkEntry(EntryRequest r, Set<String> kinds, Facts parent) {
        List<Violation> v = new ArrayList<>();
        if (r.kind() == null || !kinds.contains(r.kind())) {
            v.add(new Violation(
                    "kind",
                    "programme.field.kind",
                    String.valueOf(r.kind()),
                    String.join("、", kinds.stream().sorted().toList())));
        }
        LocalDate today = LocalDate.now(ProgrammeService.ZONE);
        if (r.date() == null) {
            v.add(new Violation("date", "error.required"));
        } else if (r.date().isAfter(today)) {
            v.add(new Violation("date", "programme.field.date-future"));
        } else if (r.date().isBefore(parent.startDate())
                || (parent.endDate() != null && r.date().isAfter(parent.endDate()))) {
            v.add(new Violation(
                    "date",
                    "programme.field.date-outside",
                    parent.startDate().toString(),
                    parent.endDate() == null ? "—" : parent.endDate().toString()));
        }
        if (r.count() == null) {
            v.add(new Violation("count", "error.required"));
        } else if (r.count() < 1 || r.count() > MAX_COUNT) {
            v.add(new Violation("count", "programme.field.count-range", MAX_COUNT));
        }
        if (r.note() != null) {
            if (r.note().length() > 1000) {
                v.add(new Violation("note", "programme.field.too-long", 1000));
            } else if (!Text.validMultiLine(r.note())) {
                v.add(new Violation("note", "field.text.control-characters"));
            }
        }
        throwIfAny(v);
    }

    /** Ends a dated record (a pair, partnership or dispatch): checked, audited, returned as it now is. */
    private <V> V ended(
            Actor actor, ProgrammeRepository.Kind<V> kind, String resource, String action, long id, EndRequest r) {
        Facts facts = repository.facts(kind, id).orElseThrow(() -> new NotFoundException(resource, id));
        end(kind, facts, r);
        audit.record(actor.accountId(), action, kind.table(), id, "endDate=" + r.endDate());
        return repository.one(kind, id).orElseThrow();
    }

    private void end(ProgrammeRepository.Kind<?> kind, Facts facts, EndRequest r) {
        List<Violation> v = new ArrayList<>();
        if (r.endDate() == null) {
            v.add(new Violation("endDate", "error.required"));
        } else if (r.endDate().isBefore(facts.startDate())) {
            v.add(new Violation("endDate", "field.dates.end-before-start"));
        } else if (r.endDate().getYear() > MAX_YEAR) {
            v.add(new Violation("endDate", "field.date.range", MIN_YEAR, MAX_YEAR));
        }
        version(v, true, r.version());
        throwIfAny(v);
        if (r.version() != facts.version() || !repository.end(kind, facts.id(), facts.version(), r.endDate())) {
            throw ConflictException.onField("version", "programme.version-conflict");
        }
    }

    private static void requireVersion(Facts facts, Long version) {
        if (version != facts.version()) {
            throw ConflictException.onField("version", "programme.version-conflict");
        }
    }

    private Optional<Organisation> organisation(List<Violation> v, String field, long id, Set<String> kinds) {
        Optional<Organisation> found = organisations.find(id);
        if (found.isEmpty() || !found.get().isVerified()) {
            v.add(new Violation(field, "programme.field.organisation-unverified", id));
            return Optional.empty();
        }
        if (!kinds.contains(found.get().kind())) {
            v.add(new Violation(field, "programme.field.organisation-kind", String.join("、", kinds)));
            return Optional.empty();
        }
        return found;
    }

    private void region(List<Violation> v, String field, @Nullable String code, Set<String> levels, String key) {
        if (code == null || code.isBlank()) {
            v.add(new Violation(field, "error.required"));
            return;
        }
        Optional<Region> region = regions.find(code);
        if (region.isEmpty()) {
            v.add(new Violation(field, "field.region.unknown", code));
        } else if (!levels.contains(region.get().level())) {
            v.add(new Violation(field, key, code));
        }
    }

    private static void text(List<Violation> v, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, "error.required"));
        } else if (value.strip().length() > max) {
            v.add(new Violation(field, "programme.field.too-long", max));
        } else if (!Text.validSingleLine(value)) {
            v.add(new Violation(field, "field.text.control-characters"));
        }
    }

    private static void dates(List<Violation> v, @Nullable LocalDate start, @Nullable LocalDate end) {
        if (start == null) {
            v.add(new Violation("startDate", "error.required"));
        } else if (start.getYear() < MIN_YEAR || start.getYear() > MAX_YEAR) {
            v.add(new Violation("startDate", "field.date.range", MIN_YEAR, MAX_YEAR));
        }
        if (end != null) {
            if (end.getYear() < MIN_YEAR || end.getYear() > MAX_YEAR) {
                v.add(new Violation("endDate", "field.date.range", MIN_YEAR, MAX_YEAR));
            } else if (start != null && end.isBefore(start)) {
                v.add(new Violation("endDate", "field.dates.end-before-start"));
            }
        }
    }

    private static void version(List<Violation> v, boolean edit, @Nullable Long version) {
        if (edit && version == null) {
            v.add(new Violation("version", "error.required"));
        }
    }

    private static void throwIfAny(List<Violation> v) {
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private static String note(EntryRequest r) {
        return r.note() == null ? "" : r.note().strip();
    }

    private static String pairDetail(PairRequest r) {
        return "partner=" + r.partnerName().strip() + " (" + r.partnerProvince().strip() + " "
                + r.partnerCity().strip() + "), agency=" + r.agencyOrganisationId() + ", " + r.startDate() + "–"
                + (r.endDate() == null ? "" : r.endDate());
    }

    private static String partnershipDetail(PartnershipRequest r, String name) {
        return "university=" + name + ", county=" + r.countyCode() + ", " + r.startDate() + "–"
                + (r.endDate() == null ? "" : r.endDate());
    }

    private static String dispatchDetail(DispatchRequest r) {
        return "region=" + r.regionCode() + ", level=" + r.qualificationLevel() + ", workers=" + r.workers() + ", "
                + r.startDate() + "–" + (r.endDate() == null ? "" : r.endDate());
    }

    private static String designationDetail(DesignationRequest r) {
        return "project=" + r.projectId() + ", year=" + r.year() + ", category=" + r.category();
    }
}
