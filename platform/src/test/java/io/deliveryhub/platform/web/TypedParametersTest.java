package io.deliveryhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.deliveryhub.platform.problem.InvalidParameter;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TypedParametersTest {

    @SuppressWarnings("unused")
    void endpoint(@PathParam("id") UUID id, @QueryParam("from") LocalDate from, @QueryParam("active") Boolean active,
            @QueryParam("page") Integer page) {
    }

    private static <T> ParamConverter<T> converter(Class<T> type, int parameter) throws NoSuchMethodException {
        Method method = TypedParametersTest.class.getDeclaredMethod("endpoint", UUID.class, LocalDate.class,
                Boolean.class, Integer.class);
        Annotation[] annotations = method.getParameterAnnotations()[parameter];
        return new TypedParameters().getConverter(type, type, annotations);
    }

    @Test
    void namesTheParameterAndWhatItMustBe() throws Exception {
        InvalidParameter id = catchThrowableOfType(InvalidParameter.class, () -> converter(UUID.class, 0).fromString("42"));
        assertThat(id.name()).isEqualTo("id");
        assertThat(id.expectation()).isEqualTo("must be a UUID");
        assertThat(catchThrowableOfType(InvalidParameter.class,
                () -> converter(LocalDate.class, 1).fromString("2026-02-30")).getMessage())
                .isEqualTo("from: must be a date YYYY-MM-DD");
        assertThat(catchThrowableOfType(InvalidParameter.class,
                () -> converter(Integer.class, 3).fromString("99999999999")).getMessage())
                .isEqualTo("page: must be a whole number");
    }

    @Test
    void refusesABlankPathSegmentAndFarFetchedYears() throws Exception {
        assertThat(catchThrowableOfType(InvalidParameter.class, () -> converter(UUID.class, 0).fromString(" "))
                .getMessage()).isEqualTo("id: must be a UUID");
        assertThat(converter(LocalDate.class, 1).fromString(" ")).isNull();
        assertThat(catchThrowableOfType(InvalidParameter.class,
                () -> converter(LocalDate.class, 1).fromString("+999999999-12-31")).getMessage())
                .isEqualTo("from: must be a date YYYY-MM-DD");
    }

    @Test
    void takesOnlyTrueOrFalseForABoolean() throws Exception {
        assertThat(converter(Boolean.class, 2).fromString("true")).isTrue();
        assertThat(converter(Boolean.class, 2).fromString("false")).isFalse();
        assertThat(converter(Boolean.class, 2).fromString("")).isNull();
        assertThat(catchThrowableOfType(InvalidParameter.class, () -> converter(Boolean.class, 2).fromString("yes"))
                .getMessage()).isEqualTo("active: must be true or false");
    }

    @Test
    void leavesOtherTypesToJaxRs() {
        assertThat(new TypedParameters().getConverter(String.class, String.class, new Annotation[0])).isNull();
    }
}
