package com.aftercare.cases;

import java.util.List;

/** The store's pool of loaner watches (WAR-5): what it holds and which case each is lent on. */
public interface Loaners {

    record Loaner(String serialNumber, String model, String lentOnCase) {
    }

    Loaner add(String serialNumber, String model);

    List<Loaner> all();
}
