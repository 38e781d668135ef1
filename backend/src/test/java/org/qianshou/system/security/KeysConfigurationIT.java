package org.qianshou.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qianshou.testing.RealServices;

/** The key master secret is validated when the application starts, not when a key is first needed. */
class KeysConfigurationIT {

    @Test
    void aShortMasterSecretStopsTheStart() {
        Map<String, Object> properties = new HashMap<>(RealServices.isolatedProperties("keysconfig"));
        properties.put("qianshou.keys.master", "too-short");
        assertThatThrownBy(() -> ApplicationContext.run(properties).close()).hasStackTraceContaining("master");
    }

    @Test
    void byDefaultTheMasterIsTheTokenSigningSecretAndEveryPurposeGetsAnotherKey() {
        Map<String, Object> properties = new HashMap<>(RealServices.isolatedProperties("keysconfig"));
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            String jwt = (String) properties.get("micronaut.security.token.jwt.signatures.secret.generator.secret");
            assertThat(context.getBean(KeysConfiguration.class).master()).isEqualTo(jwt);
            Keys keys = context.getBean(Keys.class);
            assertThat(keys.key(Keys.Purpose.CSRF)).isEqualTo(new Keys(jwt).key(Keys.Purpose.CSRF));
            assertThat(keys.key(Keys.Purpose.CSRF)).isNotEqualTo(jwt.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
