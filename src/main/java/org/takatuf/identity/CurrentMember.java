package org.takatuf.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member as the security layer keeps it in the session. Pages and services use
 * {@link #id()} to load what they need; nothing else of the member is cached here.
 */
public record CurrentMember(UUID uuid, String email, String passwordHash, String displayName, Set<Role> roles,
                            boolean enabled) implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    public static CurrentMember of(Member member) {
        return new CurrentMember(member.getId(), member.getEmail(), member.getPasswordHash(), member.getDisplayName(),
                member.getRoles(), member.isEnabled() && member.isEmailVerified());
    }

    public MemberId id() {
        return new MemberId(uuid);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The credentials are not kept after sign-in. */
    public CurrentMember withoutPassword() {
        return new CurrentMember(uuid, email, "", displayName, roles, enabled);
    }

    @Override
    public String toString() {
        return "CurrentMember[" + uuid + "]";
    }

    static List<String> authorityNames(Set<Role> roles) {
        return roles.stream().map(Role::authority).toList();
    }
}
