package io.github.bizenv.scoring.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of one command; unknown or repeated single options are usage errors. */
final class Args {

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  Args(String[] args, Set<String> single, Set<String> repeated) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new Main.UsageException("unexpected argument \"" + a + "\"");
      }
      String name = a.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else {
        if (i + 1 >= args.length) {
          throw new Main.UsageException("option --" + name + " needs a value");
        }
        value = args[++i];
      }
      if (!single.contains(name) && !repeated.contains(name)) {
        List<String> known = new ArrayList<>(single);
        known.addAll(repeated);
        throw new Main.UsageException("unknown option --" + name + "; known: --" + String.join(", --", known));
      }
      List<String> list = values.computeIfAbsent(name, k -> new ArrayList<>());
      if (single.contains(name) && !list.isEmpty()) {
        throw new Main.UsageException("option --" + name + " is given twice");
      }
      list.add(value);
    }
  }

  String required(String name) {
    List<String> v = values.get(name);
    if (v == null) {
      throw new Main.UsageException("option --" + name + " is required");
    }
    return v.get(0);
  }

  String optional(String name, String defaultValue) {
    List<String> v = values.get(name);
    return v == null ? defaultValue : v.get(0);
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }
}
