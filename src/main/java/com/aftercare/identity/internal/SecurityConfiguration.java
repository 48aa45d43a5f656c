package com.aftercare.identity.internal;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Two ways in. The API is stateless and authenticated by bearer tokens (API.md, "Authentication");
 * which role may do what is declared on each endpoint with {@code @PreAuthorize}. The staff pages
 * under {@code /office} need a signed-in staff user: a form sign-in against {@code app_user},
 * rate-limited and recorded ({@link SignInAttempts}), a session cookie, and CSRF tokens on every
 * form. API docs, health, the sign-in page and static files stay open.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] OPEN = {"/login", "/webjars/**", "/css/**", "/favicon.ico", "/actuator/health/**",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"};

    /** Pages load their scripts and styles from this service only; htmx's inline indicator style is off (layout). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JdbcStaffDirectory directory, ProblemSecurityResponses problems) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(directory, problems.entryPoint()), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens are not sent by browsers on their own, so cross-site request forgery cannot ride on them.
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDeniedHandler()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffPages(HttpSecurity http, RateLimitedSignIn signIn) throws Exception {
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(RateLimitedSignIn.SignInLocked.class.getName(), "/login?locked"));
        return http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers("/office/**").hasAnyRole("AGENT", "TECHNICIAN", "FINANCE", "ADMIN")
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(signIn))
                // CSRF stays on (Spring Security's default): every page form carries the token.
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/office").failureHandler(failures))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .httpBasic(basic -> basic.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }
}
