package io.github.bizenv.scoring.model;

import java.util.regex.Pattern;

/**
 * The id alphabet shared by every identified thing (units, areas, indicators, tasks, findings,
 * programmes).
 *
 * <p>An id is 1 to 64 characters: ASCII letters and digits, and {@code _ - .} after the first character.
 * Ids are case-sensitive. The restricted alphabet keeps ids safe in file names, CSV headers, JSON
 * pointers and command lines.
 */
public final class Ids {

  /** The rule, as quoted in problem messages. */
  public static final String RULE =
      "must be 1–64 characters: ASCII letters and digits, then also '_', '-' or '.'";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");

  private Ids() {}

  /**
   * Tells whether a string is a valid id.
   *
   * @param id the candidate, may be {@code null}
   * @return {@code true} when {@code id} follows {@link #RULE}
   */
  public static boolean isValid(String id) {
    return id != null && ID.matcher(id).matches();
  }
}
