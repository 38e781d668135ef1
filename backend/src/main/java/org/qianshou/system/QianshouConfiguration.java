package org.qianshou.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Platform settings, from {@code qianshou.*} (environment: {@code QIANSHOU_ADMIN_TOKEN},
 * {@code QIANSHOU_DEMO_PROJECTS}, {@code QIANSHOU_DEMO_SEED}).
 *
 * @param adminToken bearer token for {@code /api/admin/**}; blank disables those endpoints
 * @param demoProjects number of demo projects to generate on the first start (0 = none)
 * @param demoSeed seed of the deterministic demo-data generator
 */
@ConfigurationProperties("qianshou")
public record QianshouConfiguration(
        @Nullable String adminToken, @PositiveOrZero int demoProjects, long demoSeed) {

    public boolean adminEnabled() {
        return adminToken != null && !adminToken.isBlank();
    }
}
