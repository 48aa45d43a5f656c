/**
 * Who may call the service: staff users, the store's systems, their roles and API tokens.
 */
package com.aftercare.identity;
