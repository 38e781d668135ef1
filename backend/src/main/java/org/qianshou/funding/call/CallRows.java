package org.qianshou.funding.call;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;

/** Loads {@link CallRow}s: calls with their organisation and child rows, in a few set-based reads. */
@Singleton
class CallRows {

    private final CallRepository calls;
    private final CallPartsRepository parts;
    private final OrganisationService organisations;

    CallRows(CallRepository calls, CallPartsRepository parts, OrganisationService organisations) {
        this.calls = calls;
        this.parts = parts;
        this.organisations = organisations;
    }

    /** The rows for the given ids, in id order; ids without a call are left out. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<CallRow> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows(calls.findByIdInOrderById(ids.stream().distinct().sorted().toList()));
    }

    /** The row of a call already read (for example under its lock). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    CallRow of(CallEntity call) {
        return rows(List.of(call)).get(0);
    }

    private List<CallRow> rows(List<CallEntity> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Organisation> owners = organisations.findAll(
                found.stream().map(CallEntity::organisationId).distinct().toList());
        Map<Long, CallPartsRepository.Parts> children =
                parts.load(found.stream().map(CallEntity::id).toList());
        List<CallRow> result = new ArrayList<>(found.size());
        for (CallEntity c : found) {
            Organisation owner = owners.get(c.organisationId());
            result.add(new CallRow(
                    c,
                    owner == null ? "" : owner.name(),
                    owner != null && owner.isVerified(),
                    children.getOrDefault(c.id(), CallPartsRepository.Parts.NONE)));
        }
        return result;
    }
}
