package org.qianshou.funding.application;

import java.util.List;
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

    /** Only the revisions made by the given events (what the funder may see). */
    static Page<ApplicationViews.Revision> page(
            RevisionRepository rows, long applicationId, List<String> events, int page, int size) {
        return new Page<>(
                rows.pageOf(applicationId, events, size, (long) page * size).stream()
                        .map(r -> new ApplicationViews.Revision(r.version(), r.event(), Views.local(r.savedAt())))
                        .toList(),
                rows.countOf(applicationId, events),
                page,
                size);
    }

    /** One revision, when it was made by one of the given events (404 otherwise). */
    static ApplicationViews.RevisionDetail detail(
            RevisionRepository rows, Revisions revisions, long applicationId, long version, List<String> events) {
        RevisionEntity r = rows.find(applicationId, version)
                .filter(x -> events.contains(x.event()))
                .orElseThrow(() -> new NotFoundException("resource.revision", version));
        return new ApplicationViews.RevisionDetail(
                r.version(), r.event(), Views.local(r.savedAt()), revisions.read(r.snapshot()));
    }

    static ApplicationViews.RevisionDetail detail(
            RevisionRepository rows, Revisions revisions, long applicationId, long version) {
        RevisionEntity r = rows.find(applicationId, version)
                .orElseThrow(() -> new NotFoundException("resource.revision", version));
        return new ApplicationViews.RevisionDetail(
                r.version(), r.event(), Views.local(r.savedAt()), revisions.read(r.snapshot()));
    }
}
