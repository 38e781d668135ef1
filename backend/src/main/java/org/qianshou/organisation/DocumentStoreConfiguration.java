package org.qianshou.organisation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * Where registration documents are stored: {@code qianshou.documents-dir} ({@code QIANSHOU_DOCUMENTS_DIR}, default
 * {@code .data/documents}).
 *
 * @param documentsDir the directory of the file-system document store
 */
@ConfigurationProperties("qianshou")
public record DocumentStoreConfiguration(
        @Bindable(defaultValue = ".data/documents") @NotBlank
        String documentsDir) {}
