/**
 * The customer portal: sign-in by one-time link, the customer's orders and cases, opening a return
 * or a complaint, photos and documents, over the published APIs of the modules it shows.
 */
package com.aftercare.portal;
