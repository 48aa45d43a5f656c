package com.aftercare.orders.web;

import java.io.IOException;

/** The orders of an import file, read one at a time so that a file of any size streams through. */
interface OrderSource {

    /** The next order, or null at the end of the file. */
    ImportItem next() throws IOException;
}
