package io.deliveryhub.resources.timeentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportItemTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        ImportItem item = read(3, valid());
        assertThat(item.index()).isEqualTo(3);
        assertThat(item.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(item.hours()).isEqualByComparingTo("7.5");
        assertThat(item.billable()).isTrue();
        assertThat(item.system()).isEqualTo("harvest");
    }

    @Test
    void acceptsHoursWrittenAsText() throws Exception {
        assertThat(read(0, valid().put("hours", "8")).hours()).isEqualByComparingTo(BigDecimal.valueOf(8));
    }

    @Test
    void rejectsEachKindOfBadValueWithItsReason() {
        assertReason(valid().put("hours", 0), "hours must be more than 0");
        assertReason(valid().put("hours", 24.5), "at most 24");
        assertReason(valid().put("hours", 1.234), "at most 2 decimals");
        assertReason(valid().put("hours", "lots"), "hours must be a number");
        assertReason(valid().put("hours", new BigDecimal("1e400")), "hours must be a number");
        assertReason(valid().put("date", "02/03/2026"), "date must be YYYY-MM-DD");
        assertReason(valid().put("personId", "jane"), "personId must be a UUID");
        assertReason((ObjectNode) valid().without("projectId"), "projectId is required");
        assertReason((ObjectNode) valid().without("externalRef"), "externalRef {system, id} is required");
        assertReason(valid().put("billable", "yes"), "billable must be true or false");
        assertReason(valid().put("description", 42), "description must be a string");
    }

    @Test
    void readsDatesAsTheIsoCalendarHasThem() throws Exception {
        assertThat(read(0, valid().put("date", "2024-02-29")).date()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(read(0, valid().put("date", "+12026-01-05")).date()).isEqualTo(LocalDate.of(12026, 1, 5));
        assertReason(valid().put("date", "2026-02-29"), "date must be YYYY-MM-DD");
        assertReason(valid().put("date", "2026-13-01"), "date must be YYYY-MM-DD");
        assertReason(valid().put("date", "2026-1-5"), "date must be YYYY-MM-DD");
        assertReason(valid().put("date", "2026-0a-05"), "date must be YYYY-MM-DD");
        assertReason(valid().put("date", 20260105), "date must be YYYY-MM-DD");
    }

    @Test
    void rejectsAnItemThatIsNotAnObject() {
        assertThatThrownBy(() -> read(0, JSON.getNodeFactory().textNode("x")))
                .hasMessageContaining("JSON object");
    }

    /** The item as a request carries it: text, read from a parser standing on its first token. */
    private static ImportItem read(int index, JsonNode item) throws Exception {
        JsonParser json = JSON.createParser(JSON.writeValueAsString(item));
        json.nextToken();
        return ImportItem.read(index, json);
    }

    private static void assertReason(ObjectNode item, String reason) {
        assertThatThrownBy(() -> read(0, item)).isInstanceOf(ImportItem.Invalid.class)
                .hasMessageContaining(reason);
    }
}
