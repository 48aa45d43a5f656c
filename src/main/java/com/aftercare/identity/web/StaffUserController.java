package com.aftercare.identity.web;

import com.aftercare.identity.Caller;
import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import com.aftercare.identity.StaffUser;
import com.aftercare.platform.idempotency.KeptAnswer;
import com.aftercare.platform.web.ConflictException;
import com.aftercare.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators create staff users and issue their API tokens. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Users and tokens", description = "Staff users, their roles and API tokens (role ADMIN)")
class StaffUserController {

    record NewUser(
            @NotBlank @Pattern(regexp = "[a-z0-9._-]{2,64}", message = "use 2 to 64 lower-case letters, digits, '.', '_' or '-'") String username,
            @NotBlank @Size(max = 200) String displayName,
            @NotEmpty(message = "give at least one role") Set<Role> roles) {
    }

    record UserView(String username, Set<Role> roles) {
        static UserView of(Caller caller) {
            return new UserView(caller.username(), caller.roles());
        }
    }

    record UserSummary(String username, String displayName, Set<Role> roles, boolean enabled, int activeTokens) {
        static UserSummary of(StaffUser user) {
            return new UserSummary(user.username(), user.displayName(), user.roles(), user.enabled(), user.activeTokens());
        }
    }

    record UserChange(@NotNull(message = "say whether the user is enabled") Boolean enabled) {
    }

    record RevokedTokens(String username, int revoked) {
    }

    record NewToken(@NotBlank @Size(max = 100) String name) {
    }

    record IssuedToken(String username, String name,
                       @Schema(nullable = true, description = "the token, shown in this answer only; null when a request with the "
                               + "same Idempotency-Key is answered again") String token,
                       @Schema(nullable = true, description = "on a replayed answer: why the token is not in it") String tokenNote) {

        /** What a repeat of the request (same Idempotency-Key) is answered: the token is never kept to show again. */
        static IssuedToken replayed(String username, String name) {
            return new IssuedToken(username, name, null, "The token is shown once, in the first answer to this request, and is "
                    + "not kept for repeats of it. If it was lost, revoke it (DELETE /api/v1/users/" + username + "/tokens) and "
                    + "issue a new one.");
        }
    }

    private final StaffDirectory directory;

    StaffUserController(StaffDirectory directory) {
        this.directory = directory;
    }

    @PostMapping
    @Operation(summary = "Create a staff user with roles")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser user) {
        if (directory.findUser(user.username()).isPresent()) {
            throw new ConflictException("A user named '" + user.username() + "' already exists; choose another name.");
        }
        Caller created = directory.createUser(user.username(), user.displayName(), user.roles());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(UserView.of(created));
    }

    @GetMapping("/{username}")
    @Operation(summary = "A staff user and their roles")
    UserView read(@PathVariable String username) {
        return directory.findUser(username).map(UserView::of)
                .orElseThrow(() -> new NotFoundException("There is no user named '" + username + "'."));
    }

    @PostMapping("/{username}/tokens")
    @Operation(summary = "Issue an API token", description = "The token is shown in this answer only; the service keeps just its "
            + "digest. Repeated with the same Idempotency-Key, the answer is replayed (Idempotent-Replayed: true) without the "
            + "token, and no second token is issued.")
    ResponseEntity<IssuedToken> issueToken(@PathVariable String username, @Valid @RequestBody NewToken token) {
        if (directory.findUser(username).isEmpty()) {
            throw new NotFoundException("There is no user named '" + username + "'.");
        }
        String issued = directory.issueToken(username, token.name());
        KeptAnswer.instead(IssuedToken.replayed(username, token.name()));
        return ResponseEntity.status(201).body(new IssuedToken(username, token.name(), issued, null));
    }

    @GetMapping
    @Operation(summary = "Every staff user", description = "With their roles, whether they are enabled and how many API tokens still work.")
    List<UserSummary> list() {
        return directory.users().stream().map(UserSummary::of).toList();
    }

    @PatchMapping("/{username}")
    @Operation(summary = "Enable or disable a staff user",
            description = "A disabled user cannot sign in and their API tokens are answered 401 until they are enabled again. "
                    + "Administrators cannot disable themselves.")
    UserSummary change(@PathVariable String username, @Valid @RequestBody UserChange change, @AuthenticationPrincipal Caller caller) {
        if (!change.enabled() && caller != null && caller.username().equals(username)) {
            throw new ConflictException("You cannot disable yourself; ask another administrator.");
        }
        if (!directory.setEnabled(username, change.enabled())) {
            throw new NotFoundException("There is no user named '" + username + "'.");
        }
        return summaryOf(username);
    }

    @DeleteMapping("/{username}/tokens")
    @Operation(summary = "Revoke every API token of a user", description = "Revoked tokens never work again.")
    RevokedTokens revokeTokens(@PathVariable String username) {
        if (directory.findUser(username).isEmpty()) {
            throw new NotFoundException("There is no user named '" + username + "'.");
        }
        return new RevokedTokens(username, directory.revokeTokens(username));
    }

    private UserSummary summaryOf(String username) {
        return directory.users().stream().filter(user -> user.username().equals(username)).findFirst().map(UserSummary::of)
                .orElseThrow(() -> new NotFoundException("There is no user named '" + username + "'."));
    }
}
