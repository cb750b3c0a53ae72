package io.github.bizenv.scoring.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The id alphabet shared by every identified thing (units, areas, indicators, tasks, findings,
 * programmes).
 *
 * <p>An id is 1 to 64 characters: letters and digits of any script ({@code amr}, {@code T001},
 * {@code 南湖区}), and after the first character also combining marks and {@code _ - .}. Ids are
 * case-sensitive and written in Unicode normal form C, so that an id typed on one system equals the same id
 * typed on another. Spaces, punctuation, symbols and control characters are not allowed, which keeps ids
 * safe in file names, CSV headers, spreadsheet cells, JSON pointers and command lines.
 */
public final class Ids {

  /** The rule, as quoted in problem messages. */
  public static final String RULE =
      "must be 1–64 letters or digits (any script), then also '_', '-' or '.'";

  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}\\p{M}_.\\-]{0,63}");

  private Ids() {}

  /**
   * Tells whether a string is a valid id.
   *
   * @param id the candidate, may be {@code null}
   * @return {@code true} when {@code id} follows {@link #RULE}
   */
  public static boolean isValid(String id) {
    return id != null && id.codePointCount(0, id.length()) <= 64 && ID.matcher(id).matches()
        && Normalizer.isNormalized(id, Normalizer.Form.NFC);
  }
}
