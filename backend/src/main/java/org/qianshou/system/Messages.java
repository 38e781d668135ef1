package org.qianshou.system;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing messages of the API in Chinese (default) and English, from {@code i18n/messages*.properties}.
 */
@Singleton
public class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "i18n.messages";

    /** The language the caller asked for: English when its first choice is English, Chinese otherwise. */
    public Locale localeOf(HttpRequest<?> request) {
        return request.getLocale()
                .filter(l -> "en".equals(l.getLanguage()))
                .map(l -> Locale.ENGLISH)
                .orElse(CHINESE);
    }

    public String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
