package io.deliveryhub.platform.web;

import io.deliveryhub.platform.problem.InputErrors;
import io.deliveryhub.platform.problem.InvalidParameter;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Converts typed path, query and header parameters so that a bad value is a 400 naming the parameter in the API's
 * words ({@code projectId: must be a UUID}) rather than JAX-RS's bare 404; booleans accept only true and false.
 * Primitives are left to JAX-RS (it gives an absent one its default): take a wrapper type to be named on a bad value.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.ofEntries(
            Map.entry(UUID.class, UUID::fromString),
            Map.entry(LocalDate.class, QueryParams::isoDate),
            Map.entry(BigDecimal.class, BigDecimal::new),
            Map.entry(Integer.class, Integer::valueOf),
            Map.entry(Long.class, Long::valueOf),
            Map.entry(Boolean.class, TypedParameters::strictBoolean));

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parser = rawType.isEnum()
                ? value -> Enum.valueOf((Class) rawType, value)
                : PARSERS.get(rawType);
        if (parser == null) {
            return null;
        }
        String name = nameOf(annotations);
        // a path segment is never absent: a blank one is as wrong as any other
        boolean optional = !isPathParameter(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    if (!optional) {
                        throw new InvalidParameter(name, InputErrors.expected(rawType));
                    }
                    return null;
                }
                try {
                    return (T) parser.apply(value.trim());
                } catch (RuntimeException wrongFormat) {
                    throw new InvalidParameter(name, InputErrors.expected(rawType));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static Boolean strictBoolean(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static boolean isPathParameter(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof PathParam) {
                return true;
            }
        }
        return false;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }
}
