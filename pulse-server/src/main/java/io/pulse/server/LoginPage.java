package io.pulse.server;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard's sign-in page (the form posts to {@code /login}, handled by Spring Security with
 * the throttle of {@link LoginThrottle}). Static HTML with the CSRF token; no script, nothing from
 * the request is echoed but which of the fixed notices to show.
 */
@Controller
class LoginPage {

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Sign in - Pulse</title>
      <link rel="icon" href="/favicon.ico">
      <style>
        body { font-family: system-ui, sans-serif; background: #f4f6f8; margin: 0; }
        main { max-width: 22rem; margin: 12vh auto; background: #fff; padding: 2rem;
               border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
        h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
        p.lead { color: #555; margin: 0 0 1.5rem; }
        label { display: block; margin: .75rem 0 .25rem; font-weight: 600; }
        input { width: 100%%; box-sizing: border-box; padding: .55rem; font-size: 1rem;
                border: 1px solid #bbb; border-radius: 4px; }
        button { margin-top: 1.25rem; width: 100%%; padding: .6rem; font-size: 1rem;
                 background: #1f6feb; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
        .notice { padding: .6rem; border-radius: 4px; margin-bottom: 1rem; }
        .error { background: #fdecea; color: #8a1c12; }
        .info { background: #e8f4fd; color: #0b4f82; }
      </style>
      </head>
      <body>
      <main>
        <h1>Pulse</h1>
        <p class="lead">Sign in to the dashboard</p>
        %s
        <form method="post" action="/login">
          <label for="username">User</label>
          <input id="username" name="username" autocomplete="username" required autofocus>
          <label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <input type="hidden" name="%s" value="%s">
          <button type="submit">Sign in</button>
        </form>
      </main>
      </body>
      </html>
      """;

  @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(HttpServletRequest request, CsrfToken csrf) {
    String notice = "";
    if (request.getParameter("error") != null) {
      notice =
          "<div class=\"notice error\" role=\"alert\">Wrong user or password, or too many"
              + " attempts: wait a moment and try again.</div>";
    } else if (request.getParameter("logout") != null) {
      notice = "<div class=\"notice info\" role=\"status\">You are signed out.</div>";
    }
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_HTML)
        .header("Cache-Control", "no-store")
        .body(PAGE.formatted(notice, csrf.getParameterName(), csrf.getToken()));
  }
}
