/**
 * What every HTTP answer of the service shares: RFC 9457 problem details for every error.
 */
package com.aftercare.platform.web;
