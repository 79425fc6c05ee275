/**
 * Rate quotes for crypto and card (s.7, s.8): nothing is booked. The values are in {@link
 * com.cpay.platform.domain.quote.model}.
 */
@Module(name = "Quotes")
package com.cpay.platform.domain.quote;

import org.jmolecules.ddd.annotation.Module;
