package org.nafitha.documents.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.nafitha.documents.DocumentsProperties;
import org.springframework.stereotype.Component;

/** The folder under which archive staff may import folders: nothing outside it, links resolved. */
@Component
class ImportRoot {

    private final DocumentsProperties properties;

    ImportRoot(DocumentsProperties properties) {
        this.properties = properties;
    }

    /** The folder if it lies inside the import root (links resolved), otherwise null. */
    @Nullable Path folder(String relative) {
        var name = ImportSource.normalise(relative.replace('\\', '/'));
        if (!name.isEmpty() && !ImportSource.safe(name)) return null;
        try {
            var root = properties.importRoot().toRealPath();
            var folder = root.resolve(name).normalize();
            if (!Files.isDirectory(folder)) return null;
            var real = folder.toRealPath();
            return real.startsWith(root) ? real : null;
        } catch (IOException e) {
            return null;
        }
    }
}
