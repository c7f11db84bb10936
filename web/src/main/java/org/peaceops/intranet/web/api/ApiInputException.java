package org.peaceops.intranet.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.peaceops.intranet.shared.refusal.RuleBroken;

/**
 * A request the API cannot read (an unknown enum value, a malformed date, a missing parameter): answered
 * 400 with the bundle key, the offending field and the words that fill the message. Thrown by resources
 * instead of building an error response themselves, so {@link ApiExceptionMapper} answers every refusal;
 * a {@link RuleBroken} like any other.
 */
public class ApiInputException extends RuleBroken {

    private static final long serialVersionUID = 1L;

    public ApiInputException(String key, String field, String englishMessage, Object... arguments) {
        super(key, englishMessage, arguments);
        onField(field);
    }

    /**
     * The constant of {@code type} named {@code value} (any case), or {@code null} for no value; an
     * unknown name is refused with the field and the accepted names, never Java's "No enum constant ...".
     */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String accepted = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new ApiInputException("api.invalid.value", field, "Unknown " + field + " \"" + printable(value)
                    + "\"; use one of: " + accepted + ".", field, printable(value), accepted);
        }
    }

    /** The ISO date {@code value} ({@code 2026-01-15}), or {@code null} for no value; anything else is refused. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ApiInputException("api.invalid.date", field, "The " + field + " \"" + printable(value)
                    + "\" is not an ISO date such as 2026-01-15.", field, printable(value));
        }
    }

    /** What the caller sent, shortened and without control characters, to be quoted back safely. */
    static String printable(String value) {
        String clean = value.replaceAll("[\\p{Cntrl}\\p{Cf}]", "");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }
}
