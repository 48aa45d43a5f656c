package com.aftercare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of the pages and every reason exists in both languages of the store: a key missing
 * in Turkish would show English (or the key itself) to a Turkish reader. Compare
 * spring-petclinic's I18nPropertiesSyncTest.
 */
class I18nPropertiesSyncTest {

    @ParameterizedTest(name = "messages/{0}: English and Turkish have the same keys")
    @ValueSource(strings = {"pages", "reasons", "mail", "documents"})
    void both_languages_have_every_key(String bundle) throws IOException {
        Set<String> english = keys("messages/" + bundle + ".properties");
        Set<String> turkish = keys("messages/" + bundle + "_tr.properties");
        assertThat(english).as("keys of messages/%s.properties", bundle).isNotEmpty();
        assertThat(diff(english, turkish)).as("keys missing in the Turkish file").isEmpty();
        assertThat(diff(turkish, english)).as("keys missing in the English file").isEmpty();
    }

    @ParameterizedTest(name = "messages/{0}: no empty text")
    @ValueSource(strings = {"pages.properties", "pages_tr.properties", "documents.properties", "documents_tr.properties"})
    void no_text_is_empty(String file) throws IOException {
        Properties properties = load("messages/" + file);
        assertThat(properties.stringPropertyNames()).allSatisfy(key ->
                assertThat(properties.getProperty(key)).as(key).isNotBlank());
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> missing = new TreeSet<>(a);
        missing.removeAll(b);
        return missing;
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = I18nPropertiesSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
