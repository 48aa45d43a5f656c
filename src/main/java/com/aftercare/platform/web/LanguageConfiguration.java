package com.aftercare.platform.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The two languages of the store, English and Turkish, chosen per request by Accept-Language
 * (API.md: decisions "in the caller's language"); English when the header names neither.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    static final Locale TURKISH = Locale.forLanguageTag("tr");

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.ENGLISH, TURKISH));
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }
}
