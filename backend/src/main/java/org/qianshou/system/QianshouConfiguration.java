package org.qianshou.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Platform settings, from {@code qianshou.*} (environment: {@code QIANSHOU_PUBLIC_URL},
 * {@code QIANSHOU_DEMO_PROJECTS}, {@code QIANSHOU_DEMO_SEED}).
 *
 * @param publicUrl the address users reach the platform at; links in messages start with it
 * @param demoProjects number of demo projects to generate on the first start (0 = none)
 * @param demoSeed seed of the deterministic demo-data generator
 */
@ConfigurationProperties("qianshou")
public record QianshouConfiguration(
        @NotBlank String publicUrl, @PositiveOrZero int demoProjects, long demoSeed) {}
