package org.qianshou.organisation;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qianshou.region.RegionService;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;

@Singleton
public class OrganisationService {

    private final OrganisationRepository repository;
    private final RegionService regions;

    OrganisationService(OrganisationRepository repository, RegionService regions) {
        this.repository = repository;
        this.regions = regions;
    }

    @Transactional
    public OrganisationView create(@Valid OrganisationRequest request) {
        return save(request, false);
    }

    /** Creates a generated demo organisation (flagged as demo wherever it is shown). */
    @Transactional
    public OrganisationView createDemo(@Valid OrganisationRequest request) {
        return save(request, true);
    }

    private OrganisationView save(OrganisationRequest request, boolean demo) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (!Organisation.KINDS.contains(request.kind())) {
            violations.add(
                    new InvalidInputException.Violation("kind", "field.organisation-kind.unknown", request.kind()));
        }
        if (!regions.exists(request.regionCode())) {
            violations.add(
                    new InvalidInputException.Violation("regionCode", "field.region.unknown", request.regionCode()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Organisation saved = repository.save(new Organisation(
                null,
                request.name().strip(),
                request.kind(),
                request.regionCode(),
                request.description() == null ? "" : request.description().strip(),
                demo,
                null,
                null));
        return OrganisationView.of(saved);
    }

    @ReadOnly
    public Optional<Organisation> find(long id) {
        return repository.findById(id);
    }

    @ReadOnly
    public OrganisationView get(long id) {
        return repository
                .findById(id)
                .map(OrganisationView::of)
                .orElseThrow(() -> new NotFoundException("resource.organisation", id));
    }
}
