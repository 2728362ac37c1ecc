package org.nafitha.portal.web;

import org.nafitha.identity.PageModel;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** What every page's layout needs: the current address, for the language switch. */
@Component
class CurrentPath implements PageModel {

    @Override
    public void addTo(ModelMap model, HttpServletRequest request) {
        // on an error page, the address the person asked for, not the error dispatch's /error
        var error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var uri = error instanceof String asked ? asked : request.getRequestURI();
        model.addAttribute("currentPath", uri.substring(request.getContextPath().length()));
    }
}
