package org.medlist.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/**
 * Date fields that take what people type: ISO (1948-06-15) and this computer's own short format
 * (6/15/1948 in the US, 15/06/1948 in the UK). A date is shown in ISO. Text that is not a date is
 * never dropped: it stays in the field with a message under it, and the form cannot be saved.
 */
public final class DateFields {
    private DateFields() {}

    /** Makes {@code picker} lenient; {@code problem} shows why its text is not a date. Returns "the text is not a date". */
    public static BooleanBinding lenient(DatePicker picker, Label problem) {
        picker.setConverter(converter(Locale.getDefault()));
        BooleanBinding invalid = Bindings.createBooleanBinding(() -> parse(picker.getEditor().getText(), Locale.getDefault()).isEmpty(),
                picker.getEditor().textProperty());
        picker.getEditor().textProperty().addListener((o, a, text) ->
                problem.setText(parse(text, Locale.getDefault()).isEmpty()
                        ? "\u201c" + text.strip() + "\u201d is not a date. Type it as " + example(Locale.getDefault()) + "." : ""));
        problem.visibleProperty().bind(invalid);
        problem.managedProperty().bind(invalid);
        return invalid;
    }

    /** The typed date: empty text is "no date" (present, null inside); unparseable text is empty. */
    public static Optional<Optional<LocalDate>> parse(String text, Locale locale) {
        if (text == null || text.isBlank()) return Optional.of(Optional.empty());
        String t = text.strip();
        for (DateTimeFormatter f : formats(locale)) {
            try {
                return Optional.of(Optional.of(LocalDate.parse(t, f)));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** The date the field's text says now (the picker's own value may lag behind the text until focus leaves). */
    public static Optional<LocalDate> value(DatePicker picker) {
        return parse(picker.getEditor().getText(), Locale.getDefault()).orElse(Optional.ofNullable(picker.getValue()));
    }

    static StringConverter<LocalDate> converter(Locale locale) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) { return d == null ? "" : d.toString(); }

            @Override
            public LocalDate fromString(String s) {
                // An empty field is "no date" (null), not an error: leaving it must not throw.
                Optional<Optional<LocalDate>> typed = parse(s, locale);
                if (typed.isEmpty()) throw new DateTimeParseException("not a date", s == null ? "" : s, 0);
                return typed.get().orElse(null);
            }
        };
    }

    private static List<DateTimeFormatter> formats(Locale locale) {
        return List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale),
                localNumeric(locale, 4), localNumeric(locale, 2));
    }

    /** The short numeric order of the locale (M/d or d/M) with a four- or two-digit year. */
    private static DateTimeFormatter localNumeric(Locale locale, int yearDigits) {
        String shortPattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                java.time.chrono.IsoChronology.INSTANCE, locale);
        boolean monthFirst = shortPattern.indexOf('M') < shortPattern.indexOf('d');
        String sep = shortPattern.contains(".") ? "." : shortPattern.contains("-") ? "-" : "/";
        String year = yearDigits == 4 ? "uuuu" : "uu";
        return DateTimeFormatter.ofPattern((monthFirst ? "M" + sep + "d" : "d" + sep + "M") + sep + year, locale);
    }

    static String example(Locale locale) {
        LocalDate sample = LocalDate.of(1948, 6, 15);
        return sample + " or " + localNumeric(locale, 4).format(sample);
    }
}
