package org.qianshou.funding.application;

import org.qianshou.system.NotFoundException;
import org.qianshou.system.Page;

/** The revisions of an application as the agency and the funder read them. */
final class RevisionPages {

    private RevisionPages() {}

    static Page<ApplicationViews.Revision> page(RevisionRepository rows, long applicationId, int page, int size) {
        return new Page<>(
                rows.pageOf(applicationId, size, (long) page * size).stream()
                        .map(r -> new ApplicationViews.Revision(r.version(), r.event(), Views.local(r.savedAt())))
                        .toList(),
                rows.countOf(applicationId),
                page,
                size);
    }

    static ApplicationViews.RevisionDetail detail(
            RevisionRepository rows, Revisions revisions, long applicationId, long version) {
        RevisionEntity r = rows.find(applicationId, version)
                .orElseThrow(() -> new NotFoundException("resource.revision", version));
        return new ApplicationViews.RevisionDetail(
                r.version(), r.event(), Views.local(r.savedAt()), revisions.read(r.snapshot()));
    }
}
