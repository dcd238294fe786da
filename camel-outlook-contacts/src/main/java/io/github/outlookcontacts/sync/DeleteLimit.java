package io.github.outlookcontacts.sync;

import java.util.Locale;

/**
 * The {@code maxDeletesPerRound} breaker: at most a count of deletes ({@code 500}) or a share of the folder
 * ({@code 10%}) at once. A bad source (an empty export, a wrong folder) shows up as a flood of deletes; this stops it
 * before the first one.
 */
public final class DeleteLimit {

    private final long count;
    private final double percent;

    private DeleteLimit(long count, double percent) {
        this.count = count;
        this.percent = percent;
    }

    /** Parses a count ({@code 500}) or a percentage ({@code 10%}); null or blank means no limit (null result). */
    public static DeleteLimit parse(String option) {
        if (option == null || option.isBlank()) {
            return null;
        }
        String text = option.trim();
        try {
            if (text.endsWith("%")) {
                double percent = Double.parseDouble(text.substring(0, text.length() - 1).trim());
                if (percent >= 0 && percent <= 100) {
                    return new DeleteLimit(-1, percent);
                }
            } else {
                long count = Long.parseLong(text);
                if (count >= 0) {
                    return new DeleteLimit(count, -1);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("option maxDeletesPerRound='" + option
                + "' is not valid; use a count such as 500 or a percentage of the folder such as 10%");
    }

    /** True when the limit is a share of the folder, so the folder's size must be known. */
    public boolean isPercentage() {
        return percent >= 0;
    }

    /** How many deletes are allowed at once in a folder of {@code folderSize} contacts. */
    public long allowed(long folderSize) {
        return isPercentage() ? (long) Math.floor(folderSize * percent / 100.0) : count;
    }

    /**
     * Fails with a {@link DeleteLimitExceededException} when {@code deletes} is over the limit.
     *
     * @param folderSize the folder's contacts before the deletes (ignored for a count)
     * @param what       what was about to delete, for the message
     * @param remedy     what an operator does when the deletes are intended
     */
    public void check(long deletes, long folderSize, String what, String remedy) {
        long allowed = allowed(folderSize);
        if (deletes > allowed) {
            throw new DeleteLimitExceededException(deletes, allowed, folderSize, this, what, remedy);
        }
    }

    @Override
    public String toString() {
        return isPercentage() ? String.format(Locale.ROOT, "%s%%", trim(percent)) : Long.toString(count);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
