package org.nafitha.identity.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.PageModel;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Lets every {@link PageModel} add to the model of a page about to be rendered, and only then. */
@Configuration(proxyBeanMethods = false)
class PageModelInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final List<PageModel> contributors;

    PageModelInterceptor(List<PageModel> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           @Nullable ModelAndView page) {
        if (page == null || redirect(page)) return;
        contributors.forEach(contributor -> contributor.addTo(page.getModelMap(), request));
    }

    /** A redirect's model would become query parameters of its address. */
    private static boolean redirect(ModelAndView page) {
        return page.isReference() ? String.valueOf(page.getViewName()).startsWith("redirect:")
                : page.getView() instanceof RedirectView;
    }
}
