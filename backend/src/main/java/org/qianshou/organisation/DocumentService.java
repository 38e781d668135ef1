package org.qianshou.organisation;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.qianshou.audit.AuditLog;
import org.qianshou.system.ConflictException;
import org.qianshou.system.InvalidInputException;
import org.qianshou.system.NotFoundException;
import org.qianshou.system.Text;
import org.qianshou.system.Upload;
import org.qianshou.system.security.Actor;
import org.qianshou.system.security.Throttle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registration documents: checked by content, stored by the {@link DocumentStore}, described by a row.
 * The file is written before the row's transaction and deleted again when that transaction fails, so
 * a document is either complete (file and row) or absent.
 */
@Singleton
public class DocumentService {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);

    /** A document's description and its bytes, for download. */
    public record Download(DocumentView document, InputStream content) {}

    static final long MAX_SIZE = 10L * 1024 * 1024;

    private final AccessPolicy access;
    private final DocumentStore store;
    private final Rows rows;
    private final Throttle throttle;
    private final OrganisationLimits limits;

    DocumentService(AccessPolicy access, DocumentStore store, Rows rows, Throttle throttle, OrganisationLimits limits) {
        this.access = access;
        this.store = store;
        this.rows = rows;
        this.throttle = throttle;
        this.limits = limits;
    }

    /**
     * Stores a document for a member: at most {@link OrganisationLimits#uploadsPerWindow()} uploads per account in
     * the window (429 with {@code Retry-After} beyond), at most {@link OrganisationLimits#maxDocuments()} documents
     * per organisation (409 beyond).
     */
    public DocumentView upload(Actor actor, long organisationId, String kind, Upload upload) {
        access.requireMember(actor, organisationId);
        throttle.hit(
                "document-upload", Long.toString(actor.accountId()), limits.uploadsPerWindow(), limits.uploadWindow());
        if (!OrganisationDocument.KINDS.contains(kind)) {
            throw InvalidInputException.of("kind", "field.document-kind.unknown", kind);
        }
        StoredFile stored = checkAndStore(upload);
        try {
            return rows.insert(
                    actor,
                    limits.maxDocuments(),
                    new OrganisationDocument(
                            null,
                            organisationId,
                            kind,
                            stored.key(),
                            stored.filename(),
                            stored.contentType(),
                            stored.size(),
                            stored.sha256(),
                            actor.accountId(),
                            null));
        } catch (RuntimeException e) {
            deleteQuietly(stored.key());
            throw e;
        }
    }

    /** A file checked by content and written to the document store, for a feature that keeps its own row of it. */
    public record StoredFile(String key, String filename, String contentType, long size, String sha256) {}

    /**
     * Checks and stores a file for another feature (funding attachments) exactly as documents are checked and stored:
     * a member of the organisation, the same hourly upload rate per account, at most 10 MB, PDF, PNG or JPEG by content
     * (415 otherwise). No document row is written, so the file does not count against
     * {@link OrganisationLimits#maxDocuments()}; the caller keeps its own row and limit, and deletes the file with
     * {@link #deleteStored} when its transaction fails.
     */
    public StoredFile storeChecked(Actor actor, long organisationId, Upload upload) {
        access.requireMember(actor, organisationId);
        throttle.hit(
                "document-upload", Long.toString(actor.accountId()), limits.uploadsPerWindow(), limits.uploadWindow());
        return checkAndStore(upload);
    }

    /** The bytes of a file stored by {@link #storeChecked}. */
    public InputStream openStored(String key) throws IOException {
        return store.open(key);
    }

    /** Deletes a file stored by {@link #storeChecked}; a failure is logged, not thrown. */
    public void deleteStored(String key) {
        deleteQuietly(key);
    }

    private StoredFile checkAndStore(Upload upload) {
        if (upload.size() <= 0) {
            throw InvalidInputException.of("file", "field.file.empty");
        }
        if (upload.size() > MAX_SIZE) {
            throw InvalidInputException.of("file", "field.file.too-large", MAX_SIZE / 1024 / 1024);
        }
        String filename = cleanFilename(upload.filename());
        // The upload is read once: its head decides the type, then head and rest go to the store.
        try (InputStream in = upload.open()) {
            byte[] head = in.readNBytes(ContentTypes.HEAD);
            String type = ContentTypes.check(head, filename, upload.declaredType())
                    .orElseThrow(UnsupportedDocumentTypeException::new);
            DocumentStore.Stored stored = store.put(new SequenceInputStream(new ByteArrayInputStream(head), in));
            return new StoredFile(stored.key(), filename, type, stored.size(), stored.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ReadOnly
    public List<DocumentView> list(Actor actor, long organisationId) {
        access.requireMemberOrAdmin(actor, organisationId);
        return rows.documents.findByOrganisationIdOrderById(organisationId).stream()
                .map(DocumentView::of)
                .toList();
    }

    public Download download(Actor actor, long organisationId, long documentId) {
        OrganisationDocument d = rows.find(actor, organisationId, documentId);
        try {
            return new Download(DocumentView.of(d), store.open(d.storageKey()));
        } catch (IOException e) {
            LOG.error("Document {} of organisation {} is missing from the store", documentId, organisationId);
            throw new NotFoundException("resource.document", documentId);
        }
    }

    /** Deletes a document (any member), not while the organisation is verified. */
    public void delete(Actor actor, long organisationId, long documentId) {
        String key = rows.delete(actor, organisationId, documentId);
        deleteQuietly(key);
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete stored document file: {}", e.toString());
        }
    }

    /** Keeps the last path segment, drops what the single-line text rule forbids, at most 255 characters. */
    static String cleanFilename(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Text.stripToSingleLine(name).strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return name.isEmpty() ? "document" : name;
    }

    /** The transactional part: rows and audit records. */
    @Singleton
    static class Rows {
        private final DocumentRepository documents;
        private final OrganisationRepository organisations;
        private final AccessPolicy access;
        private final AuditLog audit;

        Rows(DocumentRepository documents, OrganisationRepository organisations, AccessPolicy access, AuditLog audit) {
            this.documents = documents;
            this.organisations = organisations;
            this.access = access;
            this.audit = audit;
        }

        @Transactional
        DocumentView insert(Actor actor, int maxDocuments, OrganisationDocument document) {
            access.requireMember(actor, document.organisationId());
            // The organisation's row is locked, so that concurrent uploads count one after the other.
            organisations.findByIdForUpdate(document.organisationId());
            if (documents.countByOrganisationId(document.organisationId()) >= maxDocuments) {
                throw new ConflictException("error.document.quota", maxDocuments);
            }
            OrganisationDocument saved = documents.save(document);
            audit.record(
                    actor.accountId(),
                    "organisation.document-uploaded",
                    OrganisationService.OBJECT_TYPE,
                    document.organisationId(),
                    document.kind() + " #" + saved.id());
            return DocumentView.of(saved);
        }

        @ReadOnly
        OrganisationDocument find(Actor actor, long organisationId, long documentId) {
            access.requireMemberOrAdmin(actor, organisationId);
            return documents
                    .findByIdAndOrganisationId(documentId, organisationId)
                    .orElseThrow(() -> new NotFoundException("resource.document", documentId));
        }

        /** @return the storage key of the deleted document */
        @Transactional
        String delete(Actor actor, long organisationId, long documentId) {
            access.requireMember(actor, organisationId);
            OrganisationDocument d = documents
                    .findByIdAndOrganisationId(documentId, organisationId)
                    .orElseThrow(() -> new NotFoundException("resource.document", documentId));
            boolean verified = organisations
                    .findById(organisationId)
                    .map(Organisation::isVerified)
                    .orElse(false);
            if (verified) {
                throw new ConflictException("error.document.verified");
            }
            documents.delete(d);
            audit.record(
                    actor.accountId(),
                    "organisation.document-deleted",
                    OrganisationService.OBJECT_TYPE,
                    organisationId,
                    d.kind() + " #" + d.id());
            return d.storageKey();
        }
    }
}
