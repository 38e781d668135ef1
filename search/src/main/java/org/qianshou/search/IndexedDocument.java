package org.qianshou.search;

/** What every document of an index has: an id (the document id) and the row's version (its external version). */
public interface IndexedDocument {
    long id();

    /** The source row's version; every write uses it as external version, so an older write never wins. */
    long version();
}
