package io.github.bizenv.scoring.internal;

import io.github.bizenv.scoring.model.LocalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds things by id or by name: a table may name a unit {@code amr} or 市市场监管局. Ids win; a name maps
 * to the one thing whose Chinese or English name it is (spaces around it ignored), and a name two things share
 * maps to neither.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 *
 * @param <T> the things
 */
public final class Names<T> {

  private final Map<String, T> byId = new HashMap<>();
  private final Map<String, List<String>> byName = new HashMap<>();
  private final Map<String, String> used = new LinkedHashMap<>();

  /**
   * Indexes things.
   *
   * @param things the things
   * @param id their ids
   * @param name their names
   */
  public Names(List<T> things, Function<T, String> id, Function<T, LocalizedText> name) {
    for (T t : things) {
      String i = id.apply(t);
      byId.put(i, t);
      LocalizedText n = name.apply(t);
      n.zh().ifPresent(z -> add(z, i));
      n.en().ifPresent(e -> {
        if (!n.zh().map(z -> z.trim().equals(e.trim())).orElse(false)) {
          add(e, i);
        }
      });
    }
  }

  private void add(String name, String id) {
    List<String> ids = byName.computeIfAbsent(name.trim(), k -> new ArrayList<>());
    if (!ids.contains(id)) {
      ids.add(id);
    }
  }

  /**
   * The id a text stands for: itself when it is an id, else the id of the one thing so named.
   *
   * @param text an id or a name
   * @return the id, or {@code null} when the text is neither an id nor the name of exactly one thing
   */
  public String id(String text) {
    if (byId.containsKey(text)) {
      return text;
    }
    List<String> ids = byName.get(text.trim());
    if (ids == null || ids.size() != 1) {
      return null;
    }
    used.putIfAbsent(text, ids.get(0));
    return ids.get(0);
  }

  /**
   * The things that share a name, when a text names more than one.
   *
   * @param text a name
   * @return their ids; empty when the name is unique or unknown
   */
  public List<String> ambiguous(String text) {
    List<String> ids = byName.get(text.trim());
    return ids != null && ids.size() > 1 && !byId.containsKey(text) ? List.copyOf(ids) : List.of();
  }

  /**
   * The names mapped so far.
   *
   * @return name → id, in order of first use
   */
  public Map<String, String> used() {
    return used;
  }
}
