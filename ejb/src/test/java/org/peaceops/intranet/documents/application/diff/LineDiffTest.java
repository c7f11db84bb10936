package org.peaceops.intranet.documents.application.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    private final LineDiff diff = new LineDiff(1_000);

    @Test
    void aChangedLineIsPairedAcrossAndTheRestIsEqual() {
        List<DiffRow> rows = diff.compare(List.of("Purpose", "Scope: all missions", "Procedure"),
                List.of("Purpose", "Scope: all field missions", "Procedure")).orElseThrow();
        assertThat(rows).extracting(DiffRow::kind)
                .containsExactly(DiffRow.Kind.SAME, DiffRow.Kind.CHANGED, DiffRow.Kind.SAME);
        assertThat(rows.get(1)).extracting(DiffRow::leftText, DiffRow::rightText, DiffRow::leftNumber, DiffRow::rightNumber)
                .containsExactly("Scope: all missions", "Scope: all field missions", 2, 2);
    }

    @Test
    void additionsAndRemovalsKeepTheirOwnSideAndLineNumbers() {
        List<DiffRow> rows = diff.compare(List.of("a", "b", "c", "d"), List.of("a", "c", "d", "e", "f")).orElseThrow();
        assertThat(rows).extracting(DiffRow::kind).containsExactly(DiffRow.Kind.SAME, DiffRow.Kind.REMOVED,
                DiffRow.Kind.SAME, DiffRow.Kind.SAME, DiffRow.Kind.ADDED, DiffRow.Kind.ADDED);
        assertThat(rows.get(1).leftNumber()).isEqualTo(2);
        assertThat(rows.get(1).rightNumber()).isZero();
        assertThat(rows.get(5).rightText()).isEqualTo("f");
        assertThat(rows.get(5).rightNumber()).isEqualTo(5);
    }

    @Test
    void replayingTheRowsGivesBackBothTextsForRandomEdits() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<String> left = new ArrayList<>();
            for (int i = 0; i < random.nextInt(40); i++) {
                left.add("line " + random.nextInt(8));
            }
            List<String> right = new ArrayList<>(left);
            for (int e = 0; e < random.nextInt(10); e++) {
                if (!right.isEmpty() && random.nextBoolean()) {
                    right.remove(random.nextInt(right.size()));
                } else {
                    right.add(random.nextInt(right.size() + 1), "new " + random.nextInt(5));
                }
            }
            List<DiffRow> rows = diff.compare(left, right).orElseThrow();
            assertThat(rows.stream().filter(r -> r.leftText() != null).map(DiffRow::leftText).toList()).isEqualTo(left);
            assertThat(rows.stream().filter(r -> r.rightText() != null).map(DiffRow::rightText).toList()).isEqualTo(right);
        }
    }

    @Test
    void textsTooDifferentAreRefusedInsteadOfComparedAtAnyCost() {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            left.add("old " + i);
            right.add("new " + i);
        }
        assertThat(new LineDiff(100).compare(left, right)).isEmpty();
        assertThat(new LineDiff(1_200).compare(left, right)).isPresent();
    }

    @Test
    void longUnchangedStretchesAreFoldedAroundTheChanges() {
        List<String> left = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            left.add("para " + i);
        }
        List<String> right = new ArrayList<>(left);
        right.set(15, "para 15, amended");
        List<DiffRow> rows = VersionComparison.fold(diff.compare(left, right).orElseThrow());
        assertThat(rows).extracting(DiffRow::kind).containsExactly(DiffRow.Kind.FOLDED, DiffRow.Kind.SAME,
                DiffRow.Kind.SAME, DiffRow.Kind.SAME, DiffRow.Kind.CHANGED, DiffRow.Kind.SAME, DiffRow.Kind.SAME,
                DiffRow.Kind.SAME, DiffRow.Kind.FOLDED);
        assertThat(rows.get(0).folded()).isEqualTo(12);
        assertThat(rows.get(8).folded()).isEqualTo(11);
    }
}
