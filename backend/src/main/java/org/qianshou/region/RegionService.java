package org.qianshou.region;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qianshou.system.NotFoundException;

/**
 * The regions, held in memory (about 16,500 rows of reference data, down to the villages): look-ups, children,
 * ancestors.
 */
@Singleton
public class RegionService {

    /** Code of the province this deployment serves (云南省). */
    public static final String ROOT = "53";

    private final RegionRepository repository;
    private volatile Directory directory;

    RegionService(RegionRepository repository) {
        this.repository = repository;
    }

    private record Directory(Map<String, Region> byCode, Map<String, List<Region>> children) {}

    private Directory directory() {
        Directory d = directory;
        if (d == null) {
            synchronized (this) {
                if (directory == null) {
                    List<Region> all = repository.findAllOrderByCode();
                    Map<String, Region> byCode =
                            all.stream().collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));
                    Map<String, List<Region>> children = all.stream()
                            .filter(r -> r.parentCode() != null)
                            .collect(Collectors.groupingBy(Region::parentCode, Collectors.toUnmodifiableList()));
                    directory = new Directory(byCode, children);
                }
                d = directory;
            }
        }
        return d;
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code).map(c -> directory().byCode().get(c));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    public Region get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("resource.region", code));
    }

    public List<Region> children(String code) {
        get(code);
        return directory().children().getOrDefault(code, List.of());
    }

    /** The region and its ancestors, from the top down. */
    public List<Region> path(String code) {
        List<Region> path = new ArrayList<>();
        for (Region r = get(code);
                r != null;
                r = r.parentCode() == null ? null : directory().byCode().get(r.parentCode())) {
            path.add(r);
        }
        Collections.reverse(path);
        return path;
    }

    /** Every given region and all of their ancestors, each once, in code order. */
    public Set<Region> withAncestors(Collection<String> codes) {
        return codes.stream()
                .flatMap(c -> path(c).stream())
                .sorted(java.util.Comparator.comparing(Region::code))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public RegionView view(Region region, boolean withPath) {
        List<RegionView.RegionRef> path = withPath
                ? path(region.code()).stream()
                        .map(r -> new RegionView.RegionRef(r.code(), r.name()))
                        .toList()
                : null;
        return new RegionView(region.code(), region.name(), region.level(), region.parentCode(), path);
    }
}
