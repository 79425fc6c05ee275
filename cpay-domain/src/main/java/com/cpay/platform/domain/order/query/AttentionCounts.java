package com.cpay.platform.domain.order.query;

/**
 * Orders that need a person or more evidence, as operations watch them.
 *
 * @param needingReview  orders flagged for review and not yet marked reviewed
 * @param outcomeUnknown orders whose submission C-Pay may or may not have taken (docs/decisions.md, decision 25:
 *                       they wait for evidence or a person, never sent again on their own)
 */
public record AttentionCounts(long needingReview, long outcomeUnknown) {

    public AttentionCounts {
        if (needingReview < 0 || outcomeUnknown < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
