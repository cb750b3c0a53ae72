package io.github.bizenv.scoring.platform;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An account recognised by its token. */
final class AccountAuthentication extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;

  private final transient Account account;

  AccountAuthentication(Account account) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + (account.office() ? Account.OFFICE_ROLE : Account.UNIT_ROLE))));
    this.account = account;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Account getPrincipal() {
    return account;
  }

  @Override
  public String getName() {
    return account.name();
  }
}
