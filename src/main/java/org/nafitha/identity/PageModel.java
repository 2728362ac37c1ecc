package org.nafitha.identity;

import org.springframework.ui.ModelMap;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the layout of every page needs (who is signed in, the unread count, the current address),
 * added by any module's bean of this type when a page is about to be rendered — never for API
 * answers or redirects. As {@code @ModelAttribute} methods of a controller advice these ran on
 * every request, API calls included: about a tenth of the CPU of {@code /bench/hello} and of an API
 * read in a flight recording.
 */
public interface PageModel {

    void addTo(ModelMap model, HttpServletRequest request);
}
