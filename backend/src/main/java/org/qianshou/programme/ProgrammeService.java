package org.qianshou.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.qianshou.organisation.AccessPolicy;
import org.qianshou.programme.ProgrammeRepository.Counted;
import org.qianshou.programme.ProgrammeRepository.Named;
import org.qianshou.programme.ProgrammeViews.AgencyPair;
import org.qianshou.programme.ProgrammeViews.Live;
import org.qianshou.programme.ProgrammeViews.PrefectureCount;
import org.qianshou.programme.ProgrammeViews.ProgrammeDetail;
import org.qianshou.programme.ProgrammeViews.ProgrammeFigures;
import org.qianshou.programme.ProgrammeViews.YearCount;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Page;
import org.qianshou.system.csv.CsvWriter;
import org.qianshou.system.security.Actor;

/**
 * The programmes as they are read: each tracked programme's target against its live figures (counted in SQL at
 * request time, see {@link ProgrammeRepository}), one programme's records a page at a time, the figures as CSV, and a
 * Yunnan agency's pairs with their support log for its members.
 */
@Singleton
public class ProgrammeService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ProgrammeRepository repository;
    private final AccessPolicy access;

    ProgrammeService(ProgrammeRepository repository, AccessPolicy access) {
        this.repository = repository;
        this.access = access;
    }

    /** The four tracked programmes in the policy's order, each with target and live figures. */
    @ReadOnly
    public List<ProgrammeFigures> all() {
        int lastYear = LocalDate.now(ZONE).getYear();
        List<ProgrammeFigures> result = new ArrayList<>();
        for (Named named : repository.programmes()) {
            if (Programmes.TRACKED.contains(named.code())) {
                result.add(figures(named, lastYear));
            }
        }
        return result;
    }

    /** One tracked programme with a page of its records (404 for any other code). */
    @ReadOnly
    public ProgrammeDetail detail(String code, int page, int size) {
        Named named = repository.programmes().stream()
                .filter(n -> n.code().equals(code) && Programmes.TRACKED.contains(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("resource.programme", code));
        ProgrammeFigures figures = figures(named, LocalDate.now(ZONE).getYear());
        long offset = (long) page * size;
        return switch (code) {
            case Programmes.TWINNING ->
                new ProgrammeDetail(figures, page(ProgrammeRepository.PAIRS, page, size, offset), null, null, null);
            case Programmes.UNIVERSITY ->
                new ProgrammeDetail(
                        figures, null, page(ProgrammeRepository.PARTNERSHIPS, page, size, offset), null, null);
            case Programmes.DISPATCH ->
                new ProgrammeDetail(
                        figures, null, null, page(ProgrammeRepository.DISPATCHES, page, size, offset), null);
            default ->
                new ProgrammeDetail(
                        figures, null, null, null, page(ProgrammeRepository.DESIGNATIONS, page, size, offset));
        };
    }

    private <V> Page<V> page(ProgrammeRepository.Kind<V> kind, int page, int size, long offset) {
        return new Page<>(repository.page(kind, size, offset), repository.countRecords(kind), page, size);
    }

    /** The pairs in which the organisation is the Yunnan agency, each with its whole support log (members, admins). */
    @ReadOnly
    public List<AgencyPair> pairsOfAgency(Actor actor, long organisationId) {
        access.requireMemberOrAdmin(actor, organisationId);
        return repository.pairsOfAgency(organisationId).stream()
                .map(p -> new AgencyPair(p, repository.supportLog(p.id())))
                .toList();
    }

    /** A partnership's activities with their notes (administrators); 404 for an unknown partnership. */
    @ReadOnly
    public List<ProgrammeViews.ActivityView> activities(long partnershipId) {
        repository
                .one(ProgrammeRepository.PARTNERSHIPS, partnershipId)
                .orElseThrow(() -> new NotFoundException("resource.partnership", partnershipId));
        return repository.activities(partnershipId);
    }

    /**
     * The figures as CSV (UTF-8 with BOM, RFC 4180): one row per programme and figure, with the columns {@code
     * programme, figure, year, prefecture_code, prefecture_name, count, target_kind, target_value, target_by_year,
     * target_from_year}; {@code figure} is {@code total}, {@code towards-target}, {@code year} or {@code prefecture}.
     * The numbers are those of {@link #all()} at the same moment.
     */
    @ReadOnly
    public void writeCsv(OutputStream out) {
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(List.of(
                    "programme",
                    "programme_name",
                    "figure",
                    "year",
                    "prefecture_code",
                    "prefecture_name",
                    "count",
                    "target_kind",
                    "target_value",
                    "target_by_year",
                    "target_from_year"));
            for (ProgrammeFigures p : all()) {
                List<Object> target = new ArrayList<>();
                target.add(p.target() == null ? null : p.target().kind());
                target.add(p.target() == null ? null : p.target().value());
                target.add(p.target() == null ? null : p.target().byYear());
                target.add(p.target() == null ? null : p.target().fromYear());
                csv.row(cells(p, "total", null, null, null, p.live().total(), target));
                if (p.live().towardsTarget() != null) {
                    csv.row(cells(
                            p, "towards-target", null, null, null, p.live().towardsTarget(), target));
                }
                for (YearCount y : p.live().byYear()) {
                    csv.row(cells(p, "year", y.year(), null, null, y.count(), target));
                }
                for (PrefectureCount c : p.live().byPrefecture()) {
                    csv.row(cells(p, "prefecture", null, c.code(), c.name(), c.count(), target));
                }
            }
        }
    }

    private static List<Object> cells(
            ProgrammeFigures p,
            String figure,
            @Nullable Integer year,
            @Nullable String prefectureCode,
            @Nullable String prefectureName,
            long count,
            List<Object> target) {
        List<Object> row = new ArrayList<>();
        row.add(p.code());
        row.add(p.nameZh());
        row.add(figure);
        row.add(year);
        row.add(prefectureCode);
        row.add(prefectureName);
        row.add(count);
        row.addAll(target);
        return row;
    }

    private ProgrammeFigures figures(Named named, int lastYear) {
        Counted counted = repository.count(named.code(), lastYear);
        String[] definition = Programmes.definition(named.code());
        return new ProgrammeFigures(
                named.code(),
                named.nameZh(),
                named.nameEn(),
                named.targetZh(),
                named.targetEn(),
                Programmes.target(named.code()),
                new Live(counted.total(), counted.demo(), counted.towards(), counted.byYear(), counted.byPrefecture()),
                definition[0],
                definition[1]);
    }
}
