package org.qianshou.search;

import java.util.List;

/**
 * An organisation found, with matches marked by U+E000 (start) and U+E001 (end).
 *
 * @param nameHighlight the whole name with marks, or {@code null} when the name did not match
 * @param descriptionHighlights up to two fragments of about 80 characters; empty when the description did not match
 */
public record OrganisationHit(OrganisationDocument document, String nameHighlight, List<String> descriptionHighlights) {

    public OrganisationHit {
        descriptionHighlights = Lists.copy(descriptionHighlights);
    }
}
