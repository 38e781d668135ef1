package org.qianshou.taxonomy;

import io.micronaut.serde.annotation.Serdeable;

/** One entry of a taxonomy: a stable code and its names. */
@Serdeable
public record Term(String code, String nameZh, String nameEn) {}
