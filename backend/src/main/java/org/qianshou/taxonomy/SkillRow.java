package org.qianshou.taxonomy;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code skill} (V8). */
@MappedEntity("skill")
record SkillRow(@Id String code, String kind, String nameZh, String nameEn, int sortOrder) {

    Skill skill() {
        return new Skill(code, kind, nameZh, nameEn);
    }
}
