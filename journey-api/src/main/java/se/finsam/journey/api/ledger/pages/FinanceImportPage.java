package se.finsam.journey.api.ledger.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import se.finsam.journey.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.finsam.journey.api.ledger.FinanceImport;
import se.finsam.journey.api.ledger.LedgerImportSettings;
import se.finsam.journey.api.organisation.Role;
import se.finsam.journey.api.web.PageModel;
import se.finsam.journey.api.security.Caller;
import se.finsam.journey.api.security.ForbiddenException;

/**
 * The finance import's page ({@code /app/ledgers/import}): a file and the template to download. The import itself is
 * the API's ({@link FinanceImport}), with the signed-in caller: the whole file is stored or nothing, and every refused
 * row is listed with its row number, column and message.
 */
@PageController
@RequestMapping("/app/ledgers/import")
class FinanceImportPage {

    private final FinanceImport imports;
    private final LedgerImportSettings settings;
    private final MessageSource messages;

    FinanceImportPage(FinanceImport imports, LedgerImportSettings settings, MessageSource messages) {
        this.imports = imports;
        this.settings = settings;
        this.messages = messages;
    }

    /** A refused row as the page shows it, its message in the user's language. */
    public record Refused(int row, String column, String message) {
    }

    @GetMapping
    String form(@AuthenticationPrincipal Caller caller, Model model) {
        requireMoney(caller);
        return page(model, null, null);
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal Caller caller,
                  Locale locale, Model model, HttpServletResponse response) throws IOException {
        requireMoney(caller);
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("fileError", "ledger.import.noFile");
            return page(model, null, null);
        }
        if (file.getSize() > settings.mostMegabytes() * 1024L * 1024L) {
            response.setStatus(413);
            model.addAttribute("fileError", "ledger.import.tooLarge");
            return page(model, null, null);
        }
        Path stored = Files.createTempFile("ledger-import-", ".upload");
        try {
            file.transferTo(stored);
            FinanceImport.Result result = imports.importFile(stored, caller);
            if (!result.stored()) {
                response.setStatus(422);
                Locale language = PageModel.language(locale);
                model.addAttribute("refused", result.errors().stream().map(e -> new Refused(e.row(), e.field(),
                        messages.getMessage("ledger.error." + e.code(), e.arguments().toArray(), e.message(), language)))
                        .toList());
            }
            return page(model, result, null);
        } catch (FinanceImport.Unreadable e) {
            response.setStatus(422);
            return page(model, null, messages.getMessage("ledger.import.unreadable." + e.code(),
                    e.arguments().toArray(), e.getMessage(), PageModel.language(locale)));
        } finally {
            Files.deleteIfExists(stored);
        }
    }

    private String page(Model model, FinanceImport.Result result, String unreadable) {
        model.addAttribute("result", result);
        model.addAttribute("unreadable", unreadable);
        model.addAttribute("mostMegabytes", settings.mostMegabytes());
        return "ledger/import";
    }

    private static void requireMoney(Caller caller) {
        if (!caller.isAdmin() && !caller.hasRole(Role.OFFICE)) {
            throw new ForbiddenException("user '" + caller.username() + "' may not import money (roles OFFICE and "
                    + "ADMIN do)");
        }
    }
}
