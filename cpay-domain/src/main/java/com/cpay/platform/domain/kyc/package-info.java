/**
 * KYC submissions (s.11): users described in correct English ({@link com.cpay.platform.domain.kyc.KycUser}; the
 * mapper writes C-Pay's {@code brithday} and {@code IdCardUrls}), validated per user inside a
 * {@link com.cpay.platform.domain.kyc.KycBatch} of at most 1000, and C-Pay's partial acceptance
 * ({@link com.cpay.platform.domain.kyc.KycBatchResult}).
 */
@Module(name = "KYC")
package com.cpay.platform.domain.kyc;

import org.jmolecules.ddd.annotation.Module;
