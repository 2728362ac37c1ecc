package org.nafitha.portal.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Tomcat reports a request over the multipart limit in different shapes depending on which
 * parameter was read first; Spring only translates some of them into
 * {@code MaxUploadSizeExceededException}. This recognises the rest.
 */
final class UploadLimit {

    private UploadLimit() {
    }

    static boolean exceeded(Throwable error) {
        for (var e = error; e != null; e = e.getCause()) {
            if (e instanceof MaxUploadSizeExceededException) return true;
            if (e.getClass().getSimpleName().endsWith("SizeLimitExceededException")) return true;
        }
        return false;
    }
}
