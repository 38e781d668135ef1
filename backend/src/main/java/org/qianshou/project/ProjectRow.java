package org.qianshou.project;

import java.util.List;

/** A project with its organisation's name and its associations, as read for views and the index. */
record ProjectRow(
        ProjectEntity project,
        String organisationName,
        boolean organisationVerified,
        List<String> regionCodes,
        List<String> targetGroups,
        List<String> serviceCategories) {}
