package io.github.bizenv.scoring.platform;

import java.util.Arrays;
import java.util.Optional;

/** What arrives: each kind of record with its path under /api and its list in a bizenv.data/1 document. */
enum Kind {
  PROGRESS_REPORT("progress-reports", "progressReports"),
  RATING("ratings", "ratings"),
  FINDING("findings", "findings"),
  RECOGNITION("recognitions", "recognitions"),
  EXTERNAL_RESULT("external-results", "externalResults"),
  OBSERVATION("observations", "observations"),
  /** The office moves the monitor's day forward: {"date": "2021-12-31"}. */
  DAY("day", null);

  final String path;
  final String list;

  Kind(String path, String list) {
    this.path = path;
    this.list = list;
  }

  static Optional<Kind> ofPath(String path) {
    return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
  }
}
