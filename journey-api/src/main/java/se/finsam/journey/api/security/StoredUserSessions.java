package se.finsam.journey.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import se.finsam.journey.api.organisation.User;
import se.finsam.journey.api.organisation.Users;

/**
 * A web session acts on the user as stored now, not as it was at sign-in. On every page request the user's row is
 * read again (the API does the same for each request, through HTTP Basic): a user that is gone, switched off, or whose
 * password was changed since the session signed in has the session ended and is sent to the sign-in page; any other
 * has this request act with the roles and initiatives stored now. The check is against the database, so a change
 * made on one node holds on every node at the next request, without any message between them.
 *
 * <p>The password counts as changed when the stored hash differs from the one the session signed in with. Replacing a
 * hash by a stronger one of the same password (cost 10 to 12) also changes it, so the first use of such an account
 * elsewhere may end its older sessions once; that is the price of knowing a changed password without keeping it.
 */
public class StoredUserSessions extends OncePerRequestFilter {

    static final String ENDED = "/login?ended";

    private final Users users;

    public StoredUserSessions(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof Caller atSignIn) || atSignIn.passwordHash() == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<User> stored = users.find(atSignIn.username());
        if (stored.isEmpty() || stored.get().disabled() || !stored.get().passwordHash().equals(atSignIn.passwordHash())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + ENDED);
            return;
        }
        Caller now = Caller.of(stored.get());
        UsernamePasswordAuthenticationToken current =
                UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
        current.setDetails(signedIn.getDetails());
        // A context of this request's own: the one in the session stays as signed in, which is what is compared.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(current);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** Stylesheets, scripts and images say nothing about the user: no need to read it for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.equals("/favicon.ico");
    }
}
