package org.nafitha.identity.internal;

import java.util.List;

import org.nafitha.identity.Actor;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets any controller take {@link Actor} as a parameter, whether signed in by session or token. */
@Configuration
class ActorResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var locale = LocaleContextHolder.getLocale();
        if (NafithaUser.fullySignedIn(auth) && auth.getPrincipal() instanceof NafithaUser user) return user.toActor(locale);
        if (auth != null && auth.getPrincipal() instanceof Jwt jwt) return ApiTokens.toActor(jwt, locale);
        throw new InsufficientAuthenticationException("sign-in required");
    }
}
