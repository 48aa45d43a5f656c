package com.aftercare.identity.internal;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import com.aftercare.platform.web.RefusedUploadFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Two ways in. The API is stateless and authenticated by bearer tokens (API.md, "Authentication");
 * which role may do what is declared on each endpoint with {@code @PreAuthorize}. The staff pages
 * under {@code /office} need a signed-in staff user: a form sign-in against {@code app_user},
 * rate-limited and recorded ({@link SignInAttempts}), a session cookie, and CSRF tokens on every
 * form. Customers sign in to the portal under {@code /portal} with a one-time link (cases.web.portal)
 * and get {@code ROLE_CUSTOMER} for one order only. API docs, health, the sign-in pages and static
 * files stay open.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** The static files: open to all, and asking nothing of a session's account. */
    static final String[] STATIC = {"/webjars/**", "/css/**", "/js/**", "/favicon.ico"};

    static final String[] OPEN = java.util.stream.Stream.concat(java.util.Arrays.stream(STATIC), java.util.stream.Stream.of(
            "/login", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")).toArray(String[]::new);

    /**
     * The customer portal's ways in: its start page, the link request, the one-time link itself and
     * (demo profile only, a 404 elsewhere) the demo mailbox. The rest of {@code /portal} needs a customer.
     */
    static final String[] PORTAL_OPEN = {"/portal", "/portal/link", "/portal/sign-in", "/portal/sign-out", "/portal/mailbox"};

    private static RequestMatcher staticFiles() {
        var paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(java.util.Arrays.stream(STATIC).map(paths::matcher).map(RequestMatcher.class::cast).toList());
    }

    /** Where uploads too large to read are forwarded, unread, to be refused (RefusedUploadFilter). */
    static final String[] UPLOAD_REFUSALS = {RefusedUploadFilter.OFFICE_REFUSAL, RefusedUploadFilter.PORTAL_REFUSAL};

    /** Pages load their scripts and styles from this service only; htmx's inline indicator style is off (layout). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * What no page of the service uses, a browser is told to refuse: the powerful features below, for this origin and
     * anything it could embed. (A photo taken for an upload comes through the file picker, which needs none of them.)
     */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), screen-wake-lock=(), serial=(), "
            + "usb=(), xr-spatial-tracking=()";

    /**
     * Headers every answer carries, besides Spring Security's defaults (nosniff, frame denial, no caching of
     * authenticated answers, and HSTS on answers sent over HTTPS): no Referer ever leaves a page of the service (its
     * addresses name orders and cases), and the features in {@link #PERMISSIONS_POLICY} are off.
     */
    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

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
                .headers(SecurityConfiguration::commonHeaders)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffPages(HttpSecurity http, RateLimitedSignIn signIn, JdbcStaffDirectory directory) throws Exception {
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(RateLimitedSignIn.SignInLocked.class.getName(), "/login?locked"));
        return http
                .addFilterAfter(new StaffSessionCheck(directory, staticFiles()), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers(PORTAL_OPEN).permitAll()
                        .requestMatchers(UPLOAD_REFUSALS).permitAll()
                        // A signed-in customer sees the portal's pages of their order and nothing of the back office;
                        // staff do not get the customer pages (they are not a customer of the order).
                        .requestMatchers("/portal/**").hasRole("CUSTOMER")
                        // Users and their tokens: administrators only (identity.web's admin pages).
                        .requestMatchers("/office/admin/**").hasRole("ADMIN")
                        .requestMatchers("/office/**").hasAnyRole("AGENT", "TECHNICIAN", "FINANCE", "ADMIN")
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(signIn))
                // A customer who is not signed in goes to the portal's start page; everyone else to the staff
                // sign-in (named too: the first entry point registered would otherwise become everyone's).
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/portal"),
                                PathPatternRequestMatcher.withDefaults().matcher("/portal/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE))
                // CSRF stays on (Spring Security's default): every page form carries the token in its body. An upload
                // too large to read is forwarded unread to a refusal that can do nothing but answer 413.
                .csrf(csrf -> csrf.ignoringRequestMatchers(UPLOAD_REFUSALS))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/office").failureHandler(failures))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .httpBasic(basic -> basic.disable())
                .headers(headers -> commonHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }
}
