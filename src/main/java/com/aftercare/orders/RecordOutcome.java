package com.aftercare.orders;

import java.util.List;

/** What recording an order did: a refusal is a result with its reasons, not an exception. */
public sealed interface RecordOutcome {

    /** A new order was stored. */
    record Created(Order order) implements RecordOutcome {
    }

    /** An existing order was replaced by the shop's newer account of it. */
    record Replaced(Order order) implements RecordOutcome {
    }

    /** The same order was sent again: nothing changed (PUT is idempotent). */
    record Unchanged(Order order) implements RecordOutcome {
    }

    /** Nothing was stored, for these reasons. */
    record Rejected(List<FieldError> errors) implements RecordOutcome {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }

    default boolean isStored() {
        return !(this instanceof Rejected);
    }
}
