package io.github.bizenv.scoring.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a write whose body is larger than one record can be ({@value ApiController#MAX_BODY} bytes), before it is
 * read: 413, or 411 for a body sent without its length.
 */
final class BodyLimit extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("POST".equals(request.getMethod())) {
      long length = request.getContentLengthLong();
      if (length < 0) {
        response.sendError(411, "send the body with its Content-Length");
        return;
      }
      if (length > ApiController.MAX_BODY) {
        response.sendError(413, "one record per request, at most " + ApiController.MAX_BODY + " bytes");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
