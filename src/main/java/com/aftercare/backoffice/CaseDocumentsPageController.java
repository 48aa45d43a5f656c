package com.aftercare.backoffice;

import com.aftercare.cases.CaseId;
import com.aftercare.cases.Cases;
import com.aftercare.cases.CaseDocuments;
import com.aftercare.platform.web.NotFoundException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The case's documents from the back office, for everyone who may see the case page, in the page's
 * language; a document the case does not have is the 404 page.
 */
@Controller
@RequestMapping("/office/cases/{id}/documents")
class CaseDocumentsPageController {

    private final Cases cases;
    private final CaseDocuments documents;

    CaseDocumentsPageController(Cases cases, CaseDocuments documents) {
        this.cases = cases;
        this.documents = documents;
    }

    @GetMapping("/{document}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable String document, Locale locale) {
        var file = cases.find(new CaseId(id)).orElseThrow(() -> new NotFoundException("There is no case " + id + "."));
        return documents.download(file, document, CaseDocuments.Reader.STAFF, locale);
    }
}
