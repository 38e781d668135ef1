package org.qianshou.organisation;

/**
 * Published, in the transaction that makes the change, when what other features show of an organisation changed:
 * its name or whether it is verified. The project feature listens and re-announces its projects to the search index.
 */
public record OrganisationPublicFactsChanged(long organisationId) {}
