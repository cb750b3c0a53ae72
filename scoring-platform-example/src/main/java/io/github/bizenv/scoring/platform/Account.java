package io.github.bizenv.scoring.platform;

import java.util.Optional;

/**
 * Who submits: a unit of the programme, or the office (营商办) that sees everything.
 *
 * @param name the account's name in the audit log
 * @param unit the unit it submits for, when it is a unit's
 * @param office whether it is the office's
 */
record Account(String name, Optional<String> unit, boolean office) {

  static final String OFFICE_ROLE = "OFFICE";
  static final String UNIT_ROLE = "UNIT";
}
