package io.deliveryhub.resources.timeentry;

import java.util.List;
import java.util.Map;

/**
 * The body of a batch import as {@link ImportBatchReader} read it.
 *
 * @param size how many entries the body holds
 * @param items the entries that could be read, in order
 * @param invalid why each entry that could not be read is refused, by its index
 */
record ImportBatch(int size, List<ImportItem> items, Map<Integer, String> invalid) {
}
