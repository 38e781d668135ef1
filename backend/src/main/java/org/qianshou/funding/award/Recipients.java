package org.qianshou.funding.award;

import jakarta.inject.Singleton;
import org.qianshou.organisation.Organisation;
import org.qianshou.organisation.OrganisationService;
import org.qianshou.system.ConflictException;

/** Money reaches only verified organisations: no approval and no payment for a recipient suspended meanwhile. */
@Singleton
class Recipients {

    private final OrganisationService organisations;

    Recipients(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** 409 naming {@code organisationId} unless the award's recipient is verified now. */
    void requireVerified(Award award) {
        boolean verified = organisations
                .status(award.organisationId())
                .map(Organisation.VERIFIED::equals)
                .orElse(false);
        if (!verified) {
            throw ConflictException.onField("organisationId", "award.recipient.not-verified");
        }
    }
}
