package org.qianshou.organisation;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** What the members routes answer. */
public final class MemberViews {

    private MemberViews() {}

    @Serdeable
    public record MemberView(long accountId, String displayName, String role, Instant joinedAt) {}

    /** A pending invitation; the invitee's phone or e-mail only masked. */
    @Serdeable
    public record InvitationView(long id, String maskedIdentifier, String role, Instant createdAt) {}

    @Serdeable
    public record Members(List<MemberView> members, List<InvitationView> invitations) {}

    /** A pending invitation as the invited account sees it. */
    @Serdeable
    public record MyInvitation(long id, long organisationId, String organisationName, String role, Instant createdAt) {}

    @Serdeable
    public record InviteRequest(
            @jakarta.validation.constraints.NotBlank String identifier) {}

    @Serdeable
    public record TransferRequest(
            @jakarta.validation.constraints.NotNull Long accountId) {}
}
