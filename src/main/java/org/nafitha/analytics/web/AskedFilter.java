package org.nafitha.analytics.web;

import java.util.Map;

import org.nafitha.analytics.internal.KeyFigures;

/** The dashboard's filters as used, and what was typed that could not be (field → message). */
record AskedFilter(KeyFigures.Filter filter, Map<String, String> errors) {

    /** The filters as a link's query; a head's own department goes without saying. */
    String query(boolean ownDepartment) {
        var f = filter;
        var q = new StringBuilder("from=" + f.from() + "&to=" + f.to());
        if (f.service() != null) q.append("&service=").append(f.service());
        if (f.department() != null && !ownDepartment) q.append("&department=").append(f.department());
        if (f.channel() != null) q.append("&channel=").append(f.channel());
        if (f.office() != null) q.append("&office=").append(f.office());
        return q.toString();
    }
}
