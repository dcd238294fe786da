package io.github.outlookcontacts.camel.dataformat.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Graph's {@code birthday} is a date-time; Outlook stores the day at 11:59 UTC so that no time zone moves it to
 * another day. Files carry only the date.
 */
public final class Birthdays {

    private static final String OUTLOOK_TIME = "T11:59:00Z";

    private Birthdays() {
    }

    /** The date part of a Graph birthday ({@code 1985-03-15T11:59:00Z} or {@code 1985-03-15}); null when absent. */
    public static LocalDate dateOf(String graphBirthday) {
        if (graphBirthday == null || graphBirthday.isBlank()) {
            return null;
        }
        String text = graphBirthday.strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("birthday is not an ISO 8601 date: \"" + graphBirthday + "\"", e);
        }
    }

    /** The Graph birthday for a date, at Outlook's 11:59 UTC. */
    public static String toGraph(LocalDate date) {
        return date == null ? null : date + OUTLOOK_TIME;
    }
}
