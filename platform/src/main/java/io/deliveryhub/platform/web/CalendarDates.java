package io.deliveryhub.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates in bodies are {@code YYYY-MM-DD} with a four-digit year, as in query parameters ({@link QueryParams}): ISO's
 * {@code +10000-01-01} would be stored, but no event schema ({@code format: date}) or client takes it back.
 */
@Singleton
public class CalendarDates implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /** The same reading of dates for a mapper of one's own (the events' states). */
    public static Module module() {
        return new SimpleModule("calendar-dates").addDeserializer(LocalDate.class, new Deserializer());
    }

    /** Applied after Quarkus's own (the Java time module), so that this reading of a date is the one that counts. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    static final class Deserializer extends StdScalarDeserializer<LocalDate> {

        Deserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().trim();
            if (text.isEmpty()) {
                // as Jackson's own reading of a date has it: an empty string is no date
                return null;
            }
            try {
                return QueryParams.isoDate(text);
            } catch (DateTimeParseException notADay) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date YYYY-MM-DD");
            }
        }
    }
}
