package io.deliveryhub.resources.timeentry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.outbox.EventSizeLimit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The import's events must read exactly as they did when their state was built as a tree. */
class ImportedChunkStateTest {

    private static final ObjectMapper OUTBOX = new ObjectMapper();

    private static ImportedEntry entry(String hours, String cost, String description) {
        return new ImportedEntry(UUID.randomUUID(), 3, "updated", UUID.randomUUID(), UUID.randomUUID(),
                LocalDate.of(2026, 3, 2), new BigDecimal(hours), true, TimeEntryStatus.SUBMITTED,
                cost == null ? null : Money.of(new BigDecimal(cost), "EUR"), cost != null,
                new ExternalRef("harvest", description));
    }

    @Test
    void writesTheSameTextAsTheTreeOfTheChunk() throws Exception {
        UUID chunk = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        List<ImportedEntry> entries = List.of(entry("8", "480", "TE-1"), entry("7.50", "487.5", "TE-\"2\" ü\n"),
                entry("10", null, "TE-3"), entry("0.25", "15.00", "TE-4"), entry("24.00", "1440.00", "TE-5"));

        String tree = OUTBOX.writeValueAsString(AggregateChange.created(1, "timesheets",
                new TimeEntryImport.ImportedChunk(chunk, project, entries.size(), entries)));
        String direct = OUTBOX.writeValueAsString(new AggregateChange(1, "timesheets",
                ImportedChunkState.of(chunk, project, entries), Map.of(), null));

        assertThat(direct).isEqualTo(tree);
    }

    @Test
    void aFullChunkOfTheLongestEntriesStaysUnderTheEventSizeLimit() throws Exception {
        // every character of the longest external reference a control character: six bytes of JSON each
        List<ImportedEntry> entries = java.util.stream.IntStream.range(0, TimeEntryImport.EVENT_CHUNK)
                .mapToObj(i -> new ImportedEntry(UUID.randomUUID(), Long.MAX_VALUE, "updated", UUID.randomUUID(),
                        UUID.randomUUID(), LocalDate.of(2026, 3, 2), new BigDecimal("23.99"), true,
                        TimeEntryStatus.SUBMITTED, Money.of(new BigDecimal("-9999999999.99"), "EUR"), true,
                        new ExternalRef("\u0001".repeat(50), "\u0001".repeat(200))))
                .toList();
        UUID chunk = UUID.randomUUID();
        UUID project = UUID.randomUUID();
        String payload = OUTBOX.writeValueAsString(new AggregateChange(1, "i".repeat(200),
                ImportedChunkState.of(chunk, project, entries), Map.of(), null));

        long recordBytes = EventSizeLimit.recordBytes(payload, project.toString(), "deliveryhub.time-entries.imported.v1",
                chunk.toString(), "resources-service");

        assertThat(recordBytes).isLessThanOrEqualTo(1024 * 1024);
    }
}
