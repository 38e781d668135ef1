package org.qianshou.organisation;

/** An uploaded file is not a PDF, PNG or JPEG, or is labelled as something it is not (415). */
class UnsupportedDocumentTypeException extends RuntimeException {
    UnsupportedDocumentTypeException() {
        super("unsupported or mislabelled document");
    }
}
