package org.takatuf.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Members;

@Component
class MemberUserDetailsService implements UserDetailsService {

    private final Members members;

    MemberUserDetailsService(Members members) {
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return members.findByEmail(email == null ? "" : email.trim()).map(CurrentMember::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
