/** HTML of the simulated payment pages: the cashier page, the 3DS challenge and redirects. */
package com.cpay.platform.sandbox.pages;
