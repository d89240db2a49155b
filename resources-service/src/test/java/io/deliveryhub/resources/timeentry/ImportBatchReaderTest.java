package io.deliveryhub.resources.timeentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deliveryhub.platform.problem.BadRequest;
import jakarta.validation.Validation;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Reading an import's body: each item bound and validated as a single entry, a bad one refused alone. */
class ImportBatchReaderTest {

    /** As Quarkus configures its mapper: unknown properties are ignored. */
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final ImportBatchReader READER = new ImportBatchReader(JSON, Validation.byDefaultProvider()
            .configure().messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory());

    private static ObjectNode valid() {
        ObjectNode item = JSON.createObjectNode();
        item.put("personId", UUID.randomUUID().toString());
        item.put("projectId", UUID.randomUUID().toString());
        item.put("date", "2026-03-02");
        item.put("hours", 7.5);
        item.putObject("externalRef").put("system", "harvest").put("id", "TE-1");
        return item;
    }

    @Test
    void readsAValidItemWithBillableByDefault() throws Exception {
        ImportBatch batch = read(JSON.createObjectNode().put("note", "skipped"), valid());
        assertThat(batch.size()).isEqualTo(2);
        ImportItem item = batch.items().get(0);
        assertThat(item.index()).isEqualTo(1);
        assertThat(item.entry().date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(item.entry().hours()).isEqualByComparingTo("7.5");
        assertThat(item.entry().billableOrDefault()).isTrue();
        assertThat(item.entry().externalRef()).isEqualTo(new ExternalRef("harvest", "TE-1"));
    }

    @Test
    void acceptsHoursWrittenAsText() throws Exception {
        assertThat(read(valid().put("hours", "8")).items().get(0).entry().hours())
                .isEqualByComparingTo(BigDecimal.valueOf(8));
    }

    @Test
    void rejectsEachKindOfBadValueWithTheWordsOfASingleEntrysProblem() throws Exception {
        assertReason(valid().put("hours", 0), "hours: must be more than 0 and at most 24");
        assertReason(valid().put("hours", 24.5), "hours: must be more than 0 and at most 24");
        assertReason(valid().put("hours", 1.234), "hours: may have at most 2 decimals");
        assertReason(valid().put("hours", "lots"), "hours: must be a number");
        assertReason(valid().put("hours", new BigDecimal("1e400")),
                "hours: may have at most 2 decimals; hours: must be more than 0 and at most 24");
        assertReason(valid().put("date", "02/03/2026"), "date: must be a date YYYY-MM-DD");
        assertReason(valid().put("personId", "jane"), "personId: must be a UUID");
        assertReason((ObjectNode) valid().without("projectId"), "projectId: must not be null");
        assertReason((ObjectNode) valid().without("externalRef"),
                "externalRef: is required, as {system, id}: imports are idempotent by it");
        assertReason(valid().put("billable", "yes"), "billable: must be true or false");
        assertReason(valid().put("description", "x".repeat(2001)), "description: size must be between 0 and 2000");
        assertReason((ObjectNode) valid().set("externalRef", JSON.createObjectNode().put("system", " ")),
                "externalRef.id: must not be blank; externalRef.system: must not be blank");
    }

    @Test
    void readsDatesAsTheIsoCalendarHasThem() throws Exception {
        assertThat(read(valid().put("date", "2024-02-29")).items().get(0).entry().date())
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertReason(valid().put("date", "2026-02-29"), "date: must be a date YYYY-MM-DD");
        assertReason(valid().put("date", "2026-13-01"), "date: must be a date YYYY-MM-DD");
        assertReason(valid().put("date", "2026-1-5"), "date: must be a date YYYY-MM-DD");
    }

    @Test
    void aBadItemLeavesTheItemsAfterItReadable() throws Exception {
        ObjectNode nested = valid();
        nested.putObject("date").putArray("deep").addObject().put("x", 1);
        ImportBatch batch = read(nested, JSON.getNodeFactory().textNode("x"), valid().put("billable", "yes"), valid());
        assertThat(batch.invalid()).containsOnlyKeys(0, 1, 2).containsEntry(1, "must be a JSON object");
        assertThat(batch.items()).extracting(ImportItem::index).containsExactly(3);
    }

    @Test
    void refusesABodyWithoutEntriesOrWithTooMany() {
        assertThatThrownBy(() -> READER.read(body("{\"items\": []}"))).isInstanceOf(BadRequest.class)
                .hasMessage("entries: must be an array of time entries");
        assertThatThrownBy(() -> READER.read(body("{\"entries\": [" + "{},".repeat(TimeEntryImport.MAX_ENTRIES) + "{}]}")))
                .isInstanceOf(BadRequest.class).hasMessageContaining("holds 5001 items");
    }

    @Test
    void malformedJsonInsideAnItemRefusesTheWholeBody() {
        assertThatThrownBy(() -> READER.read(body("{\"entries\": [{\"hours\": 1, \"date\": }]}")))
                .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
        assertThatThrownBy(() -> READER.read(body("{\"entries\": [{\"hours\": " + "9".repeat(1_001) + "}]}")))
                .isInstanceOf(BadRequest.class);
    }

    private static ImportBatch read(JsonNode... items) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("entries").addAll(java.util.List.of(items));
        return READER.read(body(JSON.writeValueAsString(body)));
    }

    private static ByteArrayInputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertReason(ObjectNode item, String reason) throws Exception {
        assertThat(read(item).invalid()).containsEntry(0, reason);
    }
}
