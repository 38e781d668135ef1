package org.qianshou.system;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing messages of the API in Chinese (default) and English, from {@code i18n/messages*.properties}.
 */
@Singleton
public class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** One bundle per area, so that areas add messages without touching each other's files. */
    public static final List<String> BUNDLES = List.of(
            "i18n.messages",
            "i18n.accounts",
            "i18n.organisations",
            "i18n.security",
            "i18n.audit",
            "i18n.openings",
            "i18n.volunteers",
            "i18n.signups",
            "i18n.hours",
            "i18n.calls",
            "i18n.awards",
            "i18n.applications",
            "i18n.review",
            "i18n.reports",
            "i18n.stories",
            "i18n.photos",
            "i18n.combinedsearch",
            "i18n.programmes",
            "i18n.search",
            "i18n.savedsearches");

    /** The language the caller asked for: English when its first choice is English, Chinese otherwise. */
    public Locale localeOf(HttpRequest<?> request) {
        return request.getLocale()
                .filter(l -> "en".equals(l.getLanguage()))
                .map(l -> Locale.ENGLISH)
                .orElse(CHINESE);
    }

    public String get(Locale locale, String key, Object... args) {
        String pattern = key;
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(
                        name,
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    pattern = bundle.getString(key);
                    break;
                }
            } catch (MissingResourceException e) {
                // this area has no messages (yet)
            }
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
