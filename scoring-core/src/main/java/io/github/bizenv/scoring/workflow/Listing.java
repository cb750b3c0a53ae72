package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.model.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A praise list (表扬) or a named list (点名通报) of a quarterly meeting: its declared size, the units on it, and a
 * note when a tie at the cut changed its length. Immutable.
 */
public final class Listing {

  /** What a list does with units tied at its cut. */
  public enum Ties {
    /** List every unit tied at the cut, so the list may be longer than its size (相同分数排名不分先后). */
    LIST_ALL,
    /** Leave out every unit tied at the cut, so the list may be shorter than its size. */
    LEAVE_OUT
  }

  private final int size;
  private final List<String> units;
  private final LocalizedText note;

  Listing(int size, List<String> units, LocalizedText note) {
    this.size = size;
    this.units = List.copyOf(units);
    this.note = note;
  }

  /**
   * The declared size.
   *
   * @return how many units the list is meant to hold
   */
  public int size() {
    return size;
  }

  /**
   * The units on the list.
   *
   * @return the unit ids, in list order
   */
  public List<String> units() {
    return units;
  }

  /**
   * Why the list holds more or fewer units than its size (a tie at the cut, units not eligible).
   *
   * @return the note, if any
   */
  public Optional<LocalizedText> note() {
    return Optional.ofNullable(note);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Listing && ((Listing) o).size == size && ((Listing) o).units.equals(units)
        && Objects.equals(((Listing) o).note, note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, units);
  }

  @Override
  public String toString() {
    return units + (note == null ? "" : " (" + note.text(true) + ")");
  }
}
