package org.zoneledger.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.zoneledger.web.v1.ApiResponses;

/**
 * The error page of every status and exception the servlet container raises itself (see {@code
 * WEB-INF/web.xml}): the body of spec §10 with the status kept, so a client never meets an HTML
 * page. Errors inside the JAX-RS application are answered by its exception mappers already.
 */
@WebServlet(name = "ContainerError", urlPatterns = "/container-error")
public class ContainerErrorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i && i >= 400 ? i : 500;
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null && status < 500) {
      status = 500;
    }
    String body = ApiResponses.containerErrorBody(status);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
