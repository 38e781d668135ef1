package org.qianshou.search;

import java.util.List;

/**
 * A project found, with matches marked by U+E000 (start) and U+E001 (end).
 *
 * @param titleHighlight the whole title with marks, or {@code null} when the title did not match
 * @param descriptionHighlights up to two fragments of about 80 characters; empty when the description did not match
 */
public record ProjectHit(ProjectDocument document, String titleHighlight, List<String> descriptionHighlights) {}
