package com.aftercare.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks an endpoint's {@code @PreAuthorize} roles before its request body and path are read, so a
 * caller without the role hears 403, not a list of their body's mistakes. Method security still
 * runs afterwards; this only moves the refusal earlier. Expressions that need the method's
 * arguments are left to method security alone.
 */
@Configuration(proxyBeanMethods = false)
class RolesBeforeRequestBody implements WebMvcConfigurer {

    private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();

    RolesBeforeRequestBody(ApplicationContext context) {
        roles.setApplicationContext(context);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method) {
                    check(method.createWithResolvedBean());
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }

    private void check(HandlerMethod method) {
        AuthorizationResult result;
        try {
            result = roles.authorize(SecurityContextHolder.getContext()::getAuthentication,
                    new SimpleMethodInvocation(method.getBean(), method.getMethod(), new Object[method.getMethod().getParameterCount()]));
        } catch (RuntimeException needsArguments) {
            return;
        }
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("role");
        }
    }
}
