package org.rawafid.search;

import org.junit.jupiter.api.Test;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.model.Item;
import org.rawafid.store.BackendTest;
import org.rawafid.store.Database;
import org.rawafid.store.ItemRepository;
import org.rawafid.store.WriteTransactions;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexWriterTest extends BackendTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void catchUpIndexesItemsStoredBeforeTheIndexExisted() {
        Database db = database().db();
        ArabicNormalizer normalizer = new ArabicNormalizer();
        SearchRepository repository = new SearchRepository(db);
        // Stored without an index, as by a version before migration V5.
        ItemRepository unindexed = new ItemRepository(db.jdbc());
        for (int i = 0; i < 1_203; i++) {
            String title = i % 2 == 0 ? "الرئيس يزور القاهرة " + i : "هدنة في غزة " + i;
            unindexed.insert(new Item("old", "k" + i, null, "https://old.example/" + i, "old.example/" + i, title,
                    "<p>" + title + "</p>", title, null, null, List.of(), T0.plusSeconds(i), T0.plusSeconds(i)), T0);
        }
        QueryRunner runner = new QueryRunner(repository);
        QueryParser parser = new QueryParser(normalizer);
        assertThat(runner.hits(new QueryRunner.Page(parser.parse("القاهره"), List.of("old"), null, null, 0, 10, false)))
                .isEmpty();

        IndexWriter writer = new IndexWriter(repository, normalizer);
        assertThat(writer.catchUp(new WriteTransactions(db))).isEqualTo(1_203);
        assertThat(writer.catchUp(new WriteTransactions(db))).isZero();

        assertThat(runner.hits(new QueryRunner.Page(parser.parse("القاهره"), List.of("old"), null, null, 0, 1_000,
                false))).hasSize(602);
        assertThat(runner.hits(new QueryRunner.Page(parser.parse("غزه -الرئيس"), List.of("old"), null, null, 0, 1_000,
                false))).hasSize(601);
    }
}
