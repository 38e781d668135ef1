package org.qianshou.organisation;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of the administrators' queue. */
@Serdeable
public record QueuePage(long total, int page, int size, List<OrganisationSummary> items) {}
