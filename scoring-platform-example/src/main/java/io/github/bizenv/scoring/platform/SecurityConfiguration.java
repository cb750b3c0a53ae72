package io.github.bizenv.scoring.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Access: writes need an account's token (units and the office, see the README); the office alone reads the audit log
 * and the metrics; the live page, its data and the health may be read by anyone when {@code bizenv.platform.public-read}
 * is on (the default), by accounts only otherwise. No sessions, no cookies: each request carries its token, so there
 * is nothing for a cross-site request to ride on and CSRF tokens are off. A write refused for its token is audited.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String[] PAGE = {"/", "/live", "/assets/**", "/api/view", "/api/stream", "/api/tasks/**",
      "/favicon.ico", "/error"};

  @Bean
  SecurityFilterChain api(HttpSecurity http, Accounts accounts, AuditLog audit, PlatformProperties properties,
      Clock clock) throws Exception {
    AuthenticationEntryPoint refuse = refuse(audit, clock);
    http.csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .addFilterBefore(new TokenFilter(accounts, refuse), AnonymousAuthenticationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(refuse).accessDeniedHandler(denied()))
        .authorizeHttpRequests(a -> {
          // An error page for a request already let through (or refused) is not a request of its own.
          a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
          a.requestMatchers(HttpMethod.POST, "/api/**").authenticated();
          a.requestMatchers("/api/audit").hasRole(Account.OFFICE_ROLE);
          a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
          a.requestMatchers("/actuator/**").hasRole(Account.OFFICE_ROLE);
          if (properties.isPublicRead()) {
            a.requestMatchers(HttpMethod.GET, PAGE).permitAll();
          }
          a.anyRequest().authenticated();
        });
    return http.build();
  }

  /** 401 with a problem document; a write without a valid token is audited. */
  static AuthenticationEntryPoint refuse(AuditLog audit, Clock clock) {
    ObjectMapper json = new ObjectMapper();
    return (request, response, e) -> {
      if (request.getDispatcherType() == DispatcherType.REQUEST && !"GET".equals(request.getMethod())
          && !"HEAD".equals(request.getMethod())) {
        audit.record(clock.instant(), "(no account)", request.getMethod() + " " + request.getRequestURI(), null, null,
            AuditLog.Outcome.UNAUTHENTICATED, 401, null,
            request.getHeader("Authorization") == null ? "no token" : "a token of no account", null);
      }
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"bizenv\", Basic realm=\"bizenv\"");
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title", "Unauthorized", "status", 401,
          "detail", "send an account's token: Authorization: Bearer TOKEN (see the README)"));
    };
  }

  static AccessDeniedHandler denied() {
    ObjectMapper json = new ObjectMapper();
    return (request, response, e) -> {
      response.setStatus(403);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title", "Forbidden", "status", 403,
          "detail", "only the business-environment office (营商办) may read this"));
    };
  }
}
