package com.aftercare.portal;

import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseViews.CaseView;
import com.aftercare.orders.Order;
import com.aftercare.orders.PaymentMethod;
import com.aftercare.policy.StoreContact;
import java.util.Set;
import org.springframework.web.servlet.ModelAndView;

/** GEN-4 and DLV-4: the pre-filled return form, for the goods that travel back to the store. */
final class ReturnForm {

    private static final Set<CaseStatus> BEFORE_RECEIPT = Set.of(CaseStatus.REQUESTED, CaseStatus.AWAITING_GOODS,
            CaseStatus.IN_TRANSIT, CaseStatus.ACCEPTED, CaseStatus.RECEIVED);

    private ReturnForm() {
    }

    /** A return, or a defective unit exchanged one to one, needs the signed form while its goods are on their way. */
    static boolean applies(CaseFile file) {
        return (file.type() == CaseType.RETURN || file.type() == CaseType.DEFECT_AFTER_DELIVERY)
                && BEFORE_RECEIPT.contains(file.status());
    }

    static ModelAndView page(CaseView view, Order order, StoreContact store, String back) {
        var model = new ModelAndView("forms/return-form");
        model.addObject("c", view);
        model.addObject("order", order);
        model.addObject("store", store);
        model.addObject("back", back);
        // PAY-3: a transfer or cash payment is refunded to the customer's IBAN, so the form asks for it.
        model.addObject("needsIban", order.payment().method() != PaymentMethod.CARD && view.type() == CaseType.RETURN);
        return model;
    }
}
