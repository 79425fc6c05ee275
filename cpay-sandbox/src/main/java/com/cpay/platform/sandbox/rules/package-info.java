/** Plain rules of the simulated gateway (amounts, networks, addresses, PIX keys, cards); no framework types. */
package com.cpay.platform.sandbox.rules;
