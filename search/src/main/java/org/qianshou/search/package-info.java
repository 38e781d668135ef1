/** Elasticsearch: index definitions, documents, indexing and queries. Knows nothing of HTTP. */
package org.qianshou.search;
