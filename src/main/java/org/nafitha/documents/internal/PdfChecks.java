package org.nafitha.documents.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.nafitha.documents.UploadOutcome.Reason;

/**
 * PDFs are refused when encrypted (nobody could check or read them) or when they carry active
 * content. Every object reachable from the trailer is looked at, so a script hidden in a page's
 * annotation or a name tree is found as well as one in the catalogue's open action.
 */
final class PdfChecks {

    private static final Set<COSName> ACTIVE = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES,
            COSName.EMBEDDED_FILE, COSName.getPDFName("RichMedia"), COSName.getPDFName("XFA"));
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.getPDFName("Launch"), COSName.JAVA_SCRIPT,
            COSName.getPDFName("ImportData"), COSName.getPDFName("SubmitForm"), COSName.getPDFName("RichMediaExecute"));
    private static final int MAX_OBJECTS = 500_000;

    private PdfChecks() {
    }

    static UploadChecks.Checked check(byte[] bytes) {
        try (var pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted()) return new UploadChecks.Refused(Reason.ENCRYPTED);
            return active(pdf.getDocument().getTrailer())
                    ? new UploadChecks.Refused(Reason.ACTIVE_CONTENT)
                    : new UploadChecks.Accepted(bytes);
        } catch (InvalidPasswordException e) {
            return new UploadChecks.Refused(Reason.ENCRYPTED);
        } catch (IOException | RuntimeException unreadable) {
            return new UploadChecks.Refused(Reason.UNREADABLE);
        }
    }

    private static boolean active(COSDictionary trailer) {
        var seen = Collections.newSetFromMap(new IdentityHashMap<COSBase, Boolean>());
        var pending = new ArrayDeque<COSBase>();
        pending.add(trailer);
        while (!pending.isEmpty()) {
            var item = pending.poll();
            if (item instanceof COSObject reference) item = reference.getObject();
            if (item == null || !seen.add(item)) continue;
            if (seen.size() > MAX_OBJECTS) return true;
            if (item instanceof COSDictionary dictionary) {
                for (var key : dictionary.keySet()) {
                    if (ACTIVE.contains(key)) return true;
                    if (COSName.S.equals(key) && ACTIVE_ACTIONS.contains(dictionary.getCOSName(COSName.S))) return true;
                    pending.add(dictionary.getItem(key));
                }
            } else if (item instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) pending.add(array.get(i));
            }
        }
        return false;
    }
}
