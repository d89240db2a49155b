package io.deliveryhub.resources.timeentry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.outbox.EventSizeLimit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImportedChunksTest {

    private static final ObjectMapper OUTBOX = new ObjectMapper();

    private static ImportedEntry longest(UUID project) {
        // every character of the longest external reference a control character: six bytes of JSON each
        return new ImportedEntry(UUID.randomUUID(), Long.MAX_VALUE, "updated", UUID.randomUUID(), project,
                LocalDate.of(2026, 3, 2), new BigDecimal("23.99"), true, TimeEntryStatus.SUBMITTED,
                Money.of(new BigDecimal("-9999999999.99"), "EUR"), true,
                new ExternalRef("\u0001".repeat(50), "\u0001".repeat(200)));
    }

    @Test
    void oneEventPerProjectAndChunkInTheOrderOfTheBatch() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<ImportedEntry> entries = IntStream.range(0, ImportedChunks.SIZE + 2)
                .mapToObj(i -> longest(i <= ImportedChunks.SIZE ? first : second)).toList();

        List<DomainEvent> events = ImportedChunks.events(entries, "timesheets", Instant.parse("2026-03-02T10:00:00Z"));

        assertThat(events).extracting(event -> event.payload().state().get("projectId").asText())
                .containsExactly(first.toString(), first.toString(), second.toString());
        assertThat(events).extracting(event -> event.payload().state().get("count").asInt()).containsExactly(500, 1, 1);
        assertThat(events.get(1).payload().state().at("/entries/0/id").asText())
                .isEqualTo(entries.get(ImportedChunks.SIZE).id().toString());
    }

    @Test
    void aFullChunkOfTheLongestEntriesStaysUnderTheEventSizeLimit() throws Exception {
        UUID project = UUID.randomUUID();
        List<ImportedEntry> entries = IntStream.range(0, ImportedChunks.SIZE).mapToObj(i -> longest(project)).toList();
        DomainEvent event = ImportedChunks.events(entries, "i".repeat(200), Instant.now()).get(0);

        long recordBytes = EventSizeLimit.recordBytes(OUTBOX.writeValueAsString(event.payload()), project.toString(),
                TimeEntryImport.IMPORTED, UUID.randomUUID().toString(), "resources-service");

        assertThat(recordBytes).isLessThanOrEqualTo(1024 * 1024);
    }
}
