package io.github.bizenv.scoring.platform;

import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.Unit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts of the configuration, found by token. Tokens are looked up by their SHA-256 digests; the configuration
 * holds digests only. With demonstration tokens on, each unit's token is {@code demo-UNIT} and the
 * office's {@code demo-office}.
 */
final class Accounts {

  static final String DEMO_PREFIX = "demo-";
  static final String OFFICE = "office";

  private final Map<String, Account> byDigest = new LinkedHashMap<>();

  Accounts(PlatformProperties properties, Programme programme) {
    List<String> problems = new ArrayList<>();
    List<PlatformProperties.Account> list = properties.getAccounts();
    for (int i = 0; i < list.size(); i++) {
      PlatformProperties.Account a = list.get(i);
      String where = "bizenv.platform.accounts[" + i + "]";
      if (a.getName() == null || a.getName().isBlank()) {
        problems.add(where + ".name is missing");
        continue;
      }
      if (a.getTokenSha256() == null || !a.getTokenSha256().matches("[0-9a-fA-F]{64}")) {
        problems.add(where + ".token-sha256 of \"" + a.getName() + "\" must be 64 hex digits (sha256sum of the token)");
        continue;
      }
      if (a.isOffice() == (a.getUnit() != null)) {
        problems.add(where + " (\"" + a.getName() + "\") must name a unit or be the office, not both or neither");
        continue;
      }
      if (a.getUnit() != null && programme.units().stream().noneMatch(u -> u.id().equals(a.getUnit()))) {
        problems.add(where + ".unit \"" + a.getUnit() + "\" is not a unit of programme \"" + programme.id() + "\"");
        continue;
      }
      add(HexFormat.of().parseHex(a.getTokenSha256().toLowerCase(java.util.Locale.ROOT)),
          new Account(a.getName(), Optional.ofNullable(a.getUnit()), a.isOffice()));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the platform's accounts have problems:\n  " + String.join("\n  ", problems));
    }
    if (properties.isDemoTokens()) {
      for (Unit u : programme.units()) {
        add(digest(DEMO_PREFIX + u.id()), new Account(u.id(), Optional.of(u.id()), false));
      }
      add(digest(DEMO_PREFIX + OFFICE), new Account(OFFICE, Optional.empty(), true));
    }
  }

  private void add(byte[] digest, Account account) {
    byDigest.put(HexFormat.of().formatHex(digest), account);
  }

  /**
   * The account of a token, if any. The token is looked up by its digest, so that how much of a guessed token is
   * right does not show in the time the lookup takes.
   */
  Optional<Account> find(String token) {
    return Optional.ofNullable(byDigest.get(HexFormat.of().formatHex(digest(token))));
  }

  int size() {
    return byDigest.size();
  }

  static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
