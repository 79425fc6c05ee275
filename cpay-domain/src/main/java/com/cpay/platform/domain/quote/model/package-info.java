/**
 * Exchange rates, quotes (s.7, s.8) and crypto exchange results (s.10). Rates are kept exactly as C-Pay
 * returned them and never inverted; amounts are taken only from where C-Pay's answer gives them
 * (docs/decisions.md, decision 9).
 */
@Module(name = "Quote and exchange values")
package com.cpay.platform.domain.quote.model;

import org.jmolecules.ddd.annotation.Module;
