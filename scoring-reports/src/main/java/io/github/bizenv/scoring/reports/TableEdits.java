package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.text.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A table of {@link io.github.bizenv.scoring.text.Tables} with one column's cells and some notes said in more detail,
 * so that a page keeps the command line's table — its id, rows and order — and only says more where the page needs
 * it (e.g. the step of the escalation ladder a red task reached, where the command line says only that it escalated).
 */
final class TableEdits {

  private TableEdits() {}

  /**
   * The table with one column's cells replaced.
   *
   * @param table the table
   * @param key the column's key; when the table has no such column it is returned as it is
   * @param header the column's new header, or {@code null} to keep it
   * @param cell the new cell of a row, given the row
   * @param notes each note as it is to be shown, or {@code null} to leave it out
   * @return the new table
   */
  static Table replace(Table table, String key, String header, Function<List<Object>, Object> cell,
      UnaryOperator<String> notes) {
    int index = -1;
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).key().equals(key)) {
        index = i;
      }
    }
    if (index < 0) {
      return table;
    }
    Table.Builder b = Table.builder(table.id(), table.title());
    table.intro().forEach(b::intro);
    for (int i = 0; i < table.columns().size(); i++) {
      Table.Column c = table.columns().get(i);
      b.column(c.key(), i == index && header != null ? header : c.header(), i == index ? Table.Kind.TEXT : c.kind(),
          c.decimals());
    }
    for (List<Object> row : table.rows()) {
      List<Object> r = new ArrayList<>(row);
      r.set(index, cell.apply(row));
      b.row(r.toArray());
    }
    for (String n : table.notes()) {
      String m = notes.apply(n);
      if (m != null) {
        b.note(m);
      }
    }
    return b.build();
  }
}
