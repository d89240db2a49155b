package io.deliveryhub.resources.timeentry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.money.Money;
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
}
