package org.qianshou.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Which version of which record a certificate covers. */
@MappedEntity("certificate_record")
record CertificateRecord(@Id @GeneratedValue @Nullable Long id, long certificateId, long recordId, int recordVersion) {}
