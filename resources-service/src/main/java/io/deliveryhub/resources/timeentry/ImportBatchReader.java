package io.deliveryhub.resources.timeentry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.deliveryhub.platform.problem.BadRequest;
import io.deliveryhub.platform.problem.FieldError;
import io.deliveryhub.platform.problem.InputErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the body of a batch import, {@code {"entries":[...]}}: each item is bound to a {@link TimeEntryRequest} and
 * validated as a single entry is, so a bad item is refused alone and in the words a single entry's 400 would use.
 * The body is streamed item by item, not read as one tree: the timesheet-import benchmark needs it.
 */
@ApplicationScoped
public class ImportBatchReader {

    private final JsonFactory json;
    private final ObjectReader entries;
    private final Validator validator;

    /**
     * The items are plain records, never JPA entities: the validator is told every property is reachable instead of
     * asking Hibernate, property by property and item by item, whether it is loaded.
     */
    public ImportBatchReader(ObjectMapper json, ValidatorFactory validators) {
        this.json = json.getFactory();
        this.entries = json.readerFor(TimeEntryRequest.class);
        this.validator = validators.usingContext().traversableResolver(EveryPropertyReachable.INSTANCE).getValidator();
    }

    /**
     * Malformed JSON is left to the parser's exception, which the platform answers with a 400 problem; JSON beyond the
     * parser's limits (a 1,001-digit number, arrays nested a thousand deep) is bad input too, not a failure.
     */
    ImportBatch read(InputStream body) throws IOException {
        ImportBatch batch = null;
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    boolean entries = parser.currentName().equals("entries");
                    JsonToken value = parser.nextToken();
                    if (entries) {
                        // a repeated field counts with its last value, as in a tree
                        batch = value == JsonToken.START_ARRAY ? entries(parser) : null;
                    }
                    parser.skipChildren();
                }
            }
        } catch (StreamConstraintsException e) {
            throw BadRequest.ofField("body", e.getOriginalMessage());
        }
        if (batch == null) {
            throw BadRequest.ofField("entries", "must be an array of time entries");
        }
        return batch;
    }

    private ImportBatch entries(JsonParser parser) throws IOException {
        List<ImportItem> items = new ArrayList<>();
        Map<Integer, String> invalid = new HashMap<>();
        int size = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (size >= TimeEntryImport.MAX_ENTRIES) {
                parser.skipChildren(); // only counted, for the refusal
            } else {
                try {
                    items.add(new ImportItem(size, entry(parser)));
                } catch (Invalid e) {
                    invalid.put(size, e.getMessage());
                }
            }
            size++;
        }
        if (size > TimeEntryImport.MAX_ENTRIES) {
            throw BadRequest.ofField("entries", "holds " + size + " items; send at most " + TimeEntryImport.MAX_ENTRIES
                    + " per request");
        }
        return new ImportBatch(size, items, invalid);
    }

    /** The item at the parser's current token; leaves the parser on the item's last token, also when refusing it. */
    private TimeEntryRequest entry(JsonParser parser) throws IOException, Invalid {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            throw new Invalid("must be a JSON object");
        }
        JsonStreamContext list = parser.getParsingContext().getParent();
        TimeEntryRequest entry;
        try {
            entry = entries.readValue(parser);
        } catch (JsonMappingException e) {
            rethrowUnreadable(e);
            // the rest of the item is still well-formed JSON: the next item can be read
            skipToEnd(parser, list);
            FieldError error = InputErrors.of(e);
            throw new Invalid(error.field() + ": " + error.message());
        }
        Set<ConstraintViolation<TimeEntryRequest>> violations = validator.validate(entry);
        if (!violations.isEmpty()) {
            throw new Invalid(violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                    .collect(Collectors.joining("; ")));
        }
        if (entry.externalRef() == null) {
            throw new Invalid("externalRef: is required, as {system, id}: imports are idempotent by it");
        }
        return entry;
    }

    /** Moves the parser onto the last token of the item inside {@code list}. */
    private static void skipToEnd(JsonParser parser, JsonStreamContext list) throws IOException {
        while (parser.getParsingContext() != list) {
            if (parser.nextToken() == null) {
                return;
            }
        }
    }

    /** Malformed JSON, or JSON beyond the parser's limits, inside an item refuses the whole body. */
    private static void rethrowUnreadable(JsonMappingException e) throws JsonProcessingException {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException beyondLimits) {
                throw beyondLimits;
            }
            if (cause instanceof StreamReadException malformed && !(cause instanceof InputCoercionException)) {
                throw malformed;
            }
        }
    }

    private enum EveryPropertyReachable implements TraversableResolver {
        INSTANCE;

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }

    /** Why an item is refused. */
    private static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }
}
