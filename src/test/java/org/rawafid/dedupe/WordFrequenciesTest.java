package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;
import org.rawafid.store.BackendTest;
import org.rawafid.store.Database;
import org.rawafid.store.TransactionScoped;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordFrequenciesTest extends BackendTest {
    @Test
    void countsEachItemsDistinctWordsOnceAndKeepsThemAcrossRestarts() {
        WordFrequencies counts = new WordFrequencies(database().db().jdbc());
        counts.count(List.of("بوتين", "علييف", "بوتين"));
        counts.count(List.of("بوتين", "باشينيان"));
        counts.count(List.of());

        assertThat(counts.documents()).isEqualTo(3);
        assertThat(counts.frequency("بوتين")).isEqualTo(2);
        assertThat(counts.frequency("علييف")).isEqualTo(1);
        assertThat(counts.frequency("غزه")).isZero();

        String location = database().location();
        database().close();
        try (Database reopened = Database.open(location)) {
            WordFrequencies again = new WordFrequencies(reopened.jdbc());
            assertThat(again.documents()).isEqualTo(3);
            assertThat(again.frequency("بوتين")).isEqualTo(2);
            assertThat(again.frequency("باشينيان")).isEqualTo(1);
            again.count(List.of("علييف"));
            assertThat(reopened.jdbc().sql("SELECT df FROM word_df WHERE word = 'علييف'").query(Long.class).single())
                    .isEqualTo(2);
        }
    }

    @Test
    void itemsCountedInASavepointThatIsRolledBackAreNotWritten() {
        Database db = database().db();
        WordFrequencies counts = new WordFrequencies(db.jdbc());
        new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(db.dataSource()))
                .executeWithoutResult(status -> {
                    counts.count(List.of("بوتين", "علييف"));
                    assertThatThrownBy(() -> TransactionScoped.inSavepoint(status, () -> { // as group commit isolates a work
                        counts.count(List.of("بوتين", "باشينيان"));
                        throw new IllegalStateException("this source's write failed");
                    })).hasMessageContaining("failed");
                    TransactionScoped.inSavepoint(status, () -> {
                        counts.count(List.of("علييف"));
                        return null;
                    });
                });
        assertThat(db.jdbc().sql("SELECT docs FROM word_corpus WHERE id = 1").query(Long.class).single()).isEqualTo(2);
        assertThat(db.jdbc().sql("SELECT df FROM word_df WHERE word = 'بوتين'").query(Long.class).single()).isEqualTo(1);
        assertThat(db.jdbc().sql("SELECT df FROM word_df WHERE word = 'علييف'").query(Long.class).single()).isEqualTo(2);
        assertThat(db.jdbc().sql("SELECT count(*) FROM word_df WHERE word = 'باشينيان'").query(Long.class).single())
                .isZero();
    }

    @Test
    void weighsRareWordsMoreOnceTheCorpusIsLargeEnough() {
        WordFrequencies counts = new WordFrequencies(database().db().jdbc());
        counts.count(List.of("يستقبل", "علييف"));

        assertThat(counts.weight("علييف", StoryMatcher.MIN_DOCUMENTS)).isEqualTo(1.0);
        for (int i = 0; i < 300; i++) {
            counts.count(List.of("يستقبل", "رييس"));
        }
        assertThat(counts.weight("علييف", StoryMatcher.MIN_DOCUMENTS))
                .isGreaterThan(3 * counts.weight("يستقبل", StoryMatcher.MIN_DOCUMENTS));
    }
}
