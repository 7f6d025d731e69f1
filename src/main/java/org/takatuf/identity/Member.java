package org.takatuf.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.takatuf.core.search.ArabicAnalysisConfigurer;
import org.takatuf.core.search.PublicSearchable;

/**
 * A person with an account. Only the display name, city, bio and languages are public; the e-mail
 * address never leaves the identity module's own pages.
 */
@Entity
@Table(name = "member")
@Indexed(index = "member")
public class Member implements PublicSearchable {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String city;

    private String bio;

    private String languages;

    @Column(name = "preferred_locale", nullable = false)
    private String preferredLocale = "ar";

    @Column(name = "avatar_file")
    private String avatarFile;

    @Column(nullable = false)
    private String roles = Role.MEMBER.name();

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Hidden by a moderator: the account works, its public profile answers 404. */
    @Column(name = "profile_hidden", nullable = false)
    private boolean profileHidden;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;

    /** The last 30-second step whose code was accepted: a code works once. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Member() {
    }

    Member(String email, String passwordHash, String displayName, Locale locale, Instant now) {
        this.id = UUID.randomUUID();
        this.email = email.trim();
        this.passwordHash = passwordHash;
        this.displayName = displayName.trim();
        this.preferredLocale = locale.getLanguage().equals("en") ? "en" : "ar";
        this.createdAt = now;
    }

    public MemberId memberId() {
        return new MemberId(id);
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getCity() {
        return city;
    }

    public String getBio() {
        return bio;
    }

    public String getLanguages() {
        return languages;
    }

    public Locale getPreferredLocale() {
        return Locale.forLanguageTag(preferredLocale);
    }

    public String getAvatarFile() {
        return avatarFile;
    }

    public Set<Role> getRoles() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public boolean hasRole(Role role) {
        return getRoles().contains(role);
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    public boolean isTotpEnabled() {
        return totpEnabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    // --- state changes, named after intent ---

    void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void updateProfile(String displayName, String city, String bio, String languages, Locale locale) {
        this.displayName = displayName.trim();
        this.city = blankToNull(city);
        this.bio = blankToNull(bio);
        this.languages = blankToNull(languages);
        this.preferredLocale = locale.getLanguage().equals("en") ? "en" : "ar";
    }

    void changePreferredLocale(Locale locale) {
        this.preferredLocale = locale.getLanguage().equals("en") ? "en" : "ar";
    }

    void replaceAvatar(String storedName) {
        this.avatarFile = storedName;
    }

    void grant(Role role) {
        Set<Role> current = getRoles();
        current.add(role);
        this.roles = current.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    void revoke(Role role) {
        if (role == Role.MEMBER) {
            throw new IllegalStateException("Every account keeps the member role");
        }
        Set<Role> current = getRoles();
        current.remove(role);
        this.roles = current.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    void startTotpEnrolment(String secret) {
        if (totpEnabled) {
            throw new IllegalStateException("Second factor already on: turn it off before enrolling again");
        }
        this.totpSecret = secret;
    }

    void confirmTotp() {
        if (totpSecret == null) {
            throw new IllegalStateException("No second-factor enrolment to confirm");
        }
        this.totpEnabled = true;
    }

    void disableTotp() {
        this.totpEnabled = false;
        this.totpSecret = null;
        this.totpLastStep = null;
    }

    /** Records that the code of {@code step} was used; false if it (or a later one) was used before. */
    boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        this.totpLastStep = step;
        return true;
    }

    /** True when the profile may be shown to others (search, public page). */
    public boolean isPubliclyVisible() {
        return enabled && emailVerifiedAt != null && !profileHidden;
    }

    public boolean isProfileHidden() {
        return profileHidden;
    }

    void profileHidden(boolean hidden) {
        this.profileHidden = hidden;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // --- search: the public profile only ---

    @Override
    @KeywordField(name = "searchType", projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchType() {
        return "member";
    }

    @Override
    @FullTextField(name = "searchTitle", analyzer = ArabicAnalysisConfigurer.ARABIC_EXACT, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "displayName")))
    public String getSearchTitle() {
        return displayName;
    }

    @Override
    @FullTextField(name = "searchText", analyzer = ArabicAnalysisConfigurer.ARABIC)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "displayName")),
            @ObjectPath(@PropertyValue(propertyName = "city")),
            @ObjectPath(@PropertyValue(propertyName = "bio"))})
    public String getSearchText() {
        return String.join(" ", displayName, city == null ? "" : city, bio == null ? "" : bio);
    }

    @Override
    @GenericField(name = "searchSnippet", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "city")),
            @ObjectPath(@PropertyValue(propertyName = "bio"))})
    public String getSearchSnippet() {
        return bio != null ? bio : (city == null ? "" : city);
    }

    @Override
    @GenericField(name = "searchUrl", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchUrl() {
        return "/members/" + id;
    }

    @Override
    @GenericField(name = "searchVisible")
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "enabled")),
            @ObjectPath(@PropertyValue(propertyName = "emailVerifiedAt")),
            @ObjectPath(@PropertyValue(propertyName = "profileHidden"))})
    public boolean isSearchVisible() {
        return isPubliclyVisible();
    }
}
