package org.qianshou.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every API message exists in Chinese and in English. */
class I18nPropertiesSyncTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties zh = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        assertThat(zh.stringPropertyNames()).as("keys missing in English").isSubsetOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("keys missing in Chinese").isSubsetOf(zh.stringPropertyNames());
        assertThat(zh)
                .allSatisfy((k, v) -> assertThat((String) v).as(k.toString()).isNotBlank());
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
