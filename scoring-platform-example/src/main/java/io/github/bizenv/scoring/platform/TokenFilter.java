package io.github.bizenv.scoring.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Recognises an account by its token: {@code Authorization: Bearer TOKEN} for programs, or HTTP Basic with the
 * account's name and its token as the password for browsers. A request with a wrong token is refused (401); one with
 * none goes on as anonymous, for what may be read without a token.
 */
final class TokenFilter extends OncePerRequestFilter {

  private final Accounts accounts;
  private final AuthenticationEntryPoint refuse;

  TokenFilter(Accounts accounts, AuthenticationEntryPoint refuse) {
    this.accounts = accounts;
    this.refuse = refuse;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Account> account = Optional.empty();
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      account = accounts.find(header.substring(7).trim());
    } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        if (colon > 0) {
          String name = pair.substring(0, colon);
          account = accounts.find(pair.substring(colon + 1)).filter(a -> a.name().equals(name));
        }
      } catch (IllegalArgumentException e) {
        account = Optional.empty();
      }
    }
    if (account.isEmpty()) {
      SecurityContextHolder.clearContext();
      refuse.commence(request, response, new BadCredentialsException("the token is not one of an account"));
      return;
    }
    SecurityContextHolder.getContext().setAuthentication(new AccountAuthentication(account.get()));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
