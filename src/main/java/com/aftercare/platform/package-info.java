/**
 * The technical ground every business module stands on: the database, the clock, problem
 * details, idempotency. Open to all modules; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.aftercare.platform;
