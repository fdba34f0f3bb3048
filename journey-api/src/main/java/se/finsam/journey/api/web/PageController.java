package se.finsam.journey.api.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of the web app's pages (under {@code /app} and {@code /login}). Pages live beside their feature
 * ({@code recording.pages}, {@code reports.pages}, …), so {@link PageModel}'s advice (the signed-in user, the
 * language links, refusals rendered as pages) selects them by this annotation rather than by a package.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
