package com.aftercare.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The two languages of the store, English and Turkish. The API answers in the language of each
 * request's Accept-Language (API.md: decisions "in the caller's language"), English when the
 * header names neither. A page remembers the language a person picked ({@code ?lang=tr}) in a
 * cookie and falls back to Accept-Language until they pick one; the API never reads that cookie.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale TURKISH = Locale.forLanguageTag("tr");
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, TURKISH);
    static final String COOKIE = "aftercare-lang";
    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        var header = new AcceptHeaderLocaleResolver();
        header.setSupportedLocales(SUPPORTED);
        header.setDefaultLocale(Locale.ENGLISH);
        return new PageOrHeaderLocaleResolver(header);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }

    /** The cookie for pages, Accept-Language for the API and for pages before a choice is made. */
    static final class PageOrHeaderLocaleResolver extends CookieLocaleResolver {

        private final AcceptHeaderLocaleResolver header;

        PageOrHeaderLocaleResolver(AcceptHeaderLocaleResolver header) {
            super(COOKIE);
            this.header = header;
            setCookieMaxAge(Duration.ofDays(365));
            setCookieSameSite("Lax");
            setDefaultLocaleFunction(header::resolveLocale);
            setRejectInvalidCookies(true);
        }

        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            if (isApi(request)) {
                Locale locale = header.resolveLocale(request);
                return () -> locale;
            }
            return super.resolveLocaleContext(request);
        }

        /** Only the two languages of the store are remembered; anything else is ignored. */
        @Override
        public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
            Locale asked = context == null ? null : context.getLocale();
            if (asked == null || isApi(request)) {
                return;
            }
            SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(asked.getLanguage())).findFirst()
                    .ifPresent(locale -> super.setLocaleContext(request, response, () -> locale));
        }

        private static boolean isApi(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/");
        }
    }
}
