/**
 * Shared domain vocabulary: typed errors ({@link com.cpay.platform.domain.shared.DomainException} and its
 * subtypes), field-level {@link com.cpay.platform.domain.shared.Violation}s, and self-validating identifiers
 * such as {@link com.cpay.platform.domain.shared.MerchantTradeNo}.
 *
 * <p>Error messages name the field and the rule that failed; they never repeat the rejected value, so a card
 * number typed into the wrong field, a key or a signature can never leak through an error.
 */
@Module(name = "Shared vocabulary")
package com.cpay.platform.domain.shared;

import org.jmolecules.ddd.annotation.Module;
