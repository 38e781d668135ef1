package org.qianshou.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every API message exists in Chinese and in English. */
class I18nPropertiesSyncTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String bundle : Messages.BUNDLES) {
            String base = bundle.replace('.', '/');
            Properties zh = load(base + ".properties");
            Properties en = load(base + "_en.properties");
            assertThat(zh.stringPropertyNames())
                    .as("keys of %s missing in English", base)
                    .isSubsetOf(en.stringPropertyNames());
            assertThat(en.stringPropertyNames())
                    .as("keys of %s missing in Chinese", base)
                    .isSubsetOf(zh.stringPropertyNames());
            assertThat(zh)
                    .allSatisfy(
                            (k, v) -> assertThat((String) v).as(k.toString()).isNotBlank());
            for (String key : zh.stringPropertyNames()) {
                assertThat(seen.add(key))
                        .as("key %s defined in two bundles", key)
                        .isTrue();
            }
        }
    }

    @Test
    void messagesResolveInBothLanguagesWithArguments() {
        Messages messages = new Messages();
        assertThat(messages.get(Messages.CHINESE, "field.region.unknown", "99")).isEqualTo("未知的地区代码：99");
        assertThat(messages.get(Locale.ENGLISH, "field.region.unknown", "99")).isEqualTo("Unknown region code: 99");
        assertThat(messages.get(Locale.ENGLISH, "field.size.range", 100)).isEqualTo("size must be between 1 and 100");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = I18nPropertiesSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
