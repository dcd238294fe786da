package io.github.outlookcontacts.camel.dataformat.support;

/**
 * One malformed record met while unmarshalling: where it is and what is wrong. Records are numbered from 1: the card
 * index in a vCard stream, the data row in a CSV file (the header is not a record).
 *
 * @param record  the card index or CSV row number, from 1
 * @param line    the line in the input where the problem is (for CSV where the row starts), or 0 when unknown
 * @param field   the vCard property name or the CSV column name, or null when the whole record is at fault
 * @param message what is wrong, without the record's personal data
 */
public record DataFormatProblem(int record, int line, String field, String message) {

    /** One line naming the position, such as {@code line 7, column "Birthday": ...}. */
    public String describe(String recordKind, String fieldKind) {
        StringBuilder text = new StringBuilder(recordKind).append(' ').append(record);
        if (line > 0) {
            text.append(", line ").append(line);
        }
        if (field != null) {
            text.append(", ").append(fieldKind).append(" \"").append(field).append('"');
        }
        return text.append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return describe("record", "field");
    }
}
