package org.takatuf.identity.internal;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.takatuf.identity.MemberDisabled;
import org.takatuf.identity.Members;
import org.takatuf.identity.PasswordChanged;

/**
 * Ends sessions on the server (ASVS 7.4.2, 7.4.1): all of a disabled account's, and all but the
 * current one when a password is changed (all of them after a reset by e-mail link). Runs right
 * after the change is committed.
 */
@Component
class SessionTermination {

    private static final Logger log = LoggerFactory.getLogger(SessionTermination.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final Members members;

    SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions, Members members) {
        this.sessions = sessions;
        this.members = members;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MemberDisabled event) {
        int ended = endSessions(event.email(), null);
        log.info("Member {} disabled: {} session(s) ended", event.member(), ended);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordChanged event) {
        members.findById(event.member()).ifPresent(member -> {
            int ended = endSessions(member.getEmail(), currentSessionId());
            log.info("Password of member {} changed: {} other session(s) ended", event.member(), ended);
        });
    }

    int endSessions(String principal, String keep) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(principal).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    private static String currentSessionId() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpSession session = servlet.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
