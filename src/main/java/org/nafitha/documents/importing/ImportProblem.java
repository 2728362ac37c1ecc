package org.nafitha.documents.importing;

/**
 * Why a file of an import, or a whole import, was not imported. Each maps to message key
 * {@code documents.import.problem.<name>}; refusals of the file itself use the upload's reasons.
 */
public enum ImportProblem {
    /** Job: no CSV of metadata at the top of the archive or folder. */
    NO_CSV,
    /** Job: the CSV's header lacks required columns (named in the detail). */
    CSV_MISSING_COLUMNS,
    /** Job: the CSV cannot be read as CSV (a quote never closed); the parser's reason in the detail. */
    CSV_MALFORMED,
    /** Job: more entries than an import may hold. */
    TOO_MANY_ENTRIES,
    /** Job: the archive cannot be opened as a ZIP. */
    NOT_A_ZIP,
    /** Job: the folder is not under the configured import root, or does not exist. */
    FOLDER_NOT_ALLOWED,
    /** File: a CSV line with fewer fields than the header. */
    MISSING_COLUMNS,
    /** File: a required value is empty (column in the detail). */
    MISSING_VALUE,
    /** File: the path leaves the archive or folder ({@code ../}, absolute, drive letter). */
    PATH_UNSAFE,
    BAD_DATE,
    BAD_PERSON_ID,
    BAD_CLASSIFICATION,
    BAD_VALUE,
    /** File: listed twice in the CSV; the first line counts. */
    DUPLICATE_LINE,
    /** File: listed in the CSV but not in the archive or folder. */
    FILE_MISSING,
    /** File: in the archive or folder but not in the CSV, so nobody said what it is. */
    NOT_IN_CSV,
    /** File: unpacks far larger than it is packed. */
    ZIP_BOMB,
    /** File: larger than an imported file may be. */
    TOO_LARGE,
    /** File: the archive's total unpacked size ran out before this file. */
    ARCHIVE_TOO_LARGE,
    /** File: could not be read from the archive or folder. */
    READ_FAILED,
    /** File: storing failed for a reason of ours; the file may be imported again in a new job. */
    STORE_FAILED
}
