package org.qianshou.search;

/**
 * What the search module needs to know of a kind of document: the index's name after the prefix ({@code projects}
 * makes the alias {@code <prefix>-projects}), what one document is called in messages, its index definition (a JSON
 * resource), its document class and its queries.
 *
 * @param <D> the document type
 * @param <Q> the query record
 */
public record IndexKind<D extends IndexedDocument, Q>(
        String name, String documentName, IndexDefinition definition, Class<D> documentClass, KindQueries<Q> queries) {

    /** A kind whose index definition is the JSON resource {@code definitionResource}, e.g. {@code /search/x.json}. */
    public static <D extends IndexedDocument, Q> IndexKind<D, Q> of(
            String name,
            String documentName,
            String definitionResource,
            Class<D> documentClass,
            KindQueries<Q> queries) {
        return new IndexKind<>(
                name, documentName, IndexDefinition.fromResource(definitionResource), documentClass, queries);
    }
}
