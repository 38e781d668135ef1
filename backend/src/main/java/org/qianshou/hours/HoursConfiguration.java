package org.qianshou.hours;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Settings of hours and certificates, from {@code qianshou.hours.*}.
 *
 * @param certificateFont a TrueType font file (.ttf or .ttc, TrueType outlines) with the Chinese glyphs the
 *     certificates need ({@code QIANSHOU_CERTIFICATE_FONT}); empty: the first of {@link CertificateFont#CANDIDATES}
 *     that exists (Debian's fonts-wqy-microhei, which {@code infra/} installs)
 */
@ConfigurationProperties("qianshou.hours")
record HoursConfiguration(@Nullable String certificateFont) {}
