package io.deliveryhub.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.projects.ExternalRef;
import io.quarkus.arc.All;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hand-written project JSON is, byte for byte, what Jackson's own serializer of the record writes. */
@QuarkusTest
class ProjectJsonTest {

    @Inject
    ObjectMapper json;

    @Inject
    @All
    List<ObjectMapperCustomizer> customizers;

    @Test
    void writesWhatJacksonsRecordSerializerWrites() throws Exception {
        ProjectView full = new ProjectView(UUID.randomUUID(), "ACME-PAY", "Acme \"payments\" platform – ü",
                UUID.randomUUID(), ProjectStatus.ACTIVE, DeliveryModel.FIXED_PRICE, "Payments", UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 30), "EUR",
                Money.of(new BigDecimal("250000"), "EUR"), new BigDecimal("2400.00"), List.of("payments", "regulated"),
                new BigDecimal("0.40"), new ExternalRef("crm", "0065g00000AbCdEAAZ"),
                List.of(new RoleDemand("L1", "Backend developer", List.of(new RoleDemand.DemandSkill("Java", 4)),
                        new BigDecimal("32.00"), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 26)),
                        new RoleDemand("L2", null, List.of(), new BigDecimal("16.5"), null, null)),
                true, 4, Instant.parse("2026-02-20T09:20:00Z"), Instant.parse("2026-03-02T08:00:00.123456Z"));
        ProjectView bare = new ProjectView(UUID.randomUUID(), "BARE", "Bare", UUID.randomUUID(),
                ProjectStatus.CANCELLED, null, null, null, null, null, null, null, "CHF", null, null, List.of(), null,
                null, List.of(), false, 0, Instant.parse("2026-12-06T20:00:00.000001Z"),
                Instant.parse("2026-12-06T20:00:01.100Z"));
        ProjectView odd = new ProjectView(UUID.randomUUID(), "ODD", "", UUID.randomUUID(), ProjectStatus.PROPOSED,
                DeliveryModel.values()[DeliveryModel.values().length - 1], "", null, null, null,
                LocalDate.of(2026, 1, 1), null, "JPY", Money.of(new BigDecimal("1E+3"), "JPY"), new BigDecimal("1E+3"),
                List.of("x"), BigDecimal.ONE, new ExternalRef("crm", ""), List.of(), true, Long.MAX_VALUE,
                Instant.EPOCH, Instant.parse("2026-12-06T20:00:00.123456789Z"));
        ObjectMapper reference = jacksonsOwn();

        for (Object value : List.of(full, bare, odd, new ResultPage<>(List.of(full, bare, odd), 2, 3, 10))) {
            assertThat(json.writeValueAsString(value)).isEqualTo(reference.writeValueAsString(value));
        }
        assertThat(json.getSerializerProviderInstance().findValueSerializer(ProjectView.class))
                .isInstanceOf(ProjectJson.Writer.class);
        assertThat(reference.getSerializerProviderInstance().findValueSerializer(ProjectView.class))
                .isNotInstanceOf(ProjectJson.Writer.class);
    }

    /** The REST layer's mapper as Quarkus builds it, without the hand-written project serializer. */
    private ObjectMapper jacksonsOwn() {
        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        customizers.stream().filter(customizer -> !(customizer instanceof ProjectJson))
                .sorted(Comparator.comparingInt(ObjectMapperCustomizer::priority).reversed())
                .forEach(customizer -> customizer.customize(mapper));
        return mapper;
    }
}
