package org.zoneledger.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTest {

  @Test
  void theIndexListsVersionsInOrderIgnoringCommentsAndBlankLines() {
    List<Migration> index = Migration.index("# header\n\n1 V1__a.sql\n  2   V2__b.sql  \n");
    assertThat(index).containsExactly(new Migration(1, "V1__a.sql"), new Migration(2, "V2__b.sql"));
  }

  @Test
  void versionsThatDoNotIncreaseAreRefused() {
    assertThatThrownBy(() -> Migration.index("2 V2.sql\n1 V1.sql\n"))
        .hasMessageContaining("must increase");
  }

  @Test
  void aMalformedIndexLineIsRefused() {
    assertThatThrownBy(() -> Migration.index("1\n"))
        .hasMessageContaining("bad migration index line");
  }

  @Test
  void scriptsSplitAtSemicolonsEndingALineAndDropComments() {
    Migration m = new Migration(1, "V1.sql");
    List<String> statements =
        m.statements("-- comment\nCREATE TABLE A (\n  X INT\n);\n\nCREATE INDEX I ON A (X);\n");
    assertThat(statements).containsExactly("CREATE TABLE A (\nX INT\n)", "CREATE INDEX I ON A (X)");
  }

  @Test
  void theShippedIndexNamesScriptsThatExist() {
    var in = getClass().getClassLoader().getResourceAsStream("db/migration/migrations.txt");
    assertThat(in).isNotNull();
    String text = new String(readAll(in));
    for (Migration m : Migration.index(text)) {
      assertThat(getClass().getClassLoader().getResource("db/migration/" + m.script()))
          .as(m.script())
          .isNotNull();
    }
  }

  private static byte[] readAll(java.io.InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
