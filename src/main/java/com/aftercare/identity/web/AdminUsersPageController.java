package com.aftercare.identity.web;

import com.aftercare.identity.Caller;
import com.aftercare.identity.Role;
import com.aftercare.identity.StaffDirectory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of staff users: who they are, their roles, whether they may sign in,
 * and their API tokens. Only ADMIN reaches {@code /office/admin/**} (the page chain in
 * SecurityConfiguration). Every change posts and leads back to the list (post-redirect-get); a
 * token just issued travels to that one page view as a flash attribute and is never stored or
 * shown again.
 */
@Controller
@RequestMapping("/office/admin/users")
class AdminUsersPageController {

    static final String USERNAME_PATTERN = "[a-z0-9._-]{2,64}";
    static final int MINIMUM_PASSWORD_LENGTH = 8;

    /** A new user's form as it was posted, shown again with what needs fixing. */
    record NewUserForm(String username, String displayName, Set<Role> roles) {
    }

    private final StaffDirectory directory;

    AdminUsersPageController(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    String list(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("caller", caller);
        model.addAttribute("users", directory.users());
        model.addAttribute("allRoles", Role.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewUserForm("", "", Set.of()));
        }
        model.addAttribute("formErrors", model.containsAttribute("formErrors") ? model.getAttribute("formErrors") : List.of());
        return "office/admin-users";
    }

    @PostMapping
    ModelAndView create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(required = false) List<Role> roles, @RequestParam(defaultValue = "") String password,
            @AuthenticationPrincipal Caller caller, RedirectAttributes redirect) {
        String name = username.strip();
        String display = displayName.strip();
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        List<String> errors = new ArrayList<>();
        if (!name.matches(USERNAME_PATTERN)) {
            errors.add("admin.error.username");
        } else if (directory.findUser(name).isPresent()) {
            errors.add("admin.error.taken");
        }
        if (display.isEmpty() || display.length() > 200) {
            errors.add("admin.error.displayName");
        }
        if (chosen.isEmpty()) {
            errors.add("admin.error.roles");
        }
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            errors.add("admin.error.password");
        }
        if (!errors.isEmpty()) {
            var page = new ModelAndView("office/admin-users");
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("caller", caller);
            page.addObject("users", directory.users());
            page.addObject("allRoles", Role.values());
            page.addObject("form", new NewUserForm(name, display, chosen));
            page.addObject("formErrors", errors);
            return page;
        }
        directory.createUser(name, display, chosen);
        directory.setPassword(name, password);
        redirect.addFlashAttribute("notice", "admin.notice.created");
        redirect.addFlashAttribute("noticeUser", name);
        return new ModelAndView("redirect:/office/admin/users");
    }

    @PostMapping("/{username}/enabled")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled, @AuthenticationPrincipal Caller caller,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("noticeUser", username);
        if (!enabled && caller.username().equals(username)) {
            redirect.addFlashAttribute("problem", "admin.error.disableSelf");
        } else if (!directory.setEnabled(username, enabled)) {
            redirect.addFlashAttribute("problem", "admin.error.unknown");
        } else {
            redirect.addFlashAttribute("notice", enabled ? "admin.notice.enabled" : "admin.notice.disabled");
        }
        return "redirect:/office/admin/users";
    }

    @PostMapping("/{username}/tokens")
    String issueToken(@PathVariable String username, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        String tokenName = name.strip();
        redirect.addFlashAttribute("noticeUser", username);
        if (directory.findUser(username).isEmpty()) {
            redirect.addFlashAttribute("problem", "admin.error.unknown");
        } else if (tokenName.isEmpty() || tokenName.length() > 100) {
            redirect.addFlashAttribute("problem", "admin.error.tokenName");
        } else {
            redirect.addFlashAttribute("issuedToken", directory.issueToken(username, tokenName));
            redirect.addFlashAttribute("issuedTokenName", tokenName);
        }
        return "redirect:/office/admin/users";
    }

    @PostMapping("/{username}/tokens/revoke")
    String revokeTokens(@PathVariable String username, RedirectAttributes redirect) {
        redirect.addFlashAttribute("noticeUser", username);
        if (directory.findUser(username).isEmpty()) {
            redirect.addFlashAttribute("problem", "admin.error.unknown");
        } else {
            redirect.addFlashAttribute("notice", "admin.notice.revoked");
            redirect.addFlashAttribute("revokedCount", directory.revokeTokens(username));
        }
        return "redirect:/office/admin/users";
    }
}
