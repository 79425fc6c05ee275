package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.ValidationException;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * A person has settled an order that needed one (flagged for review, or of unknown outcome) and closes it: the note
 * is kept with the order, an open order becomes CLOSED (source OPERATOR), a finished one keeps its status, and the
 * review flag and the unknown outcome are cleared. Nothing is ever sent to C-Pay: closing a money-out order never
 * sends money (docs/decisions.md, decision 25, where only a person may settle a money-out order whose answer was
 * lost). A later report from C-Pay is judged by the state machine as usual: COMPLETED after the close is a
 * contradiction and brings the order back to review.
 */
@PrimaryPort
public interface CloseOrderUseCase {

    /** Longest note kept. */
    int MAX_NOTE = 1000;

    /**
     * Closes the order.
     *
     * @return the order as stored afterwards
     * @throws com.cpay.platform.domain.shared.NotFoundException when there is no such order
     * @throws com.cpay.platform.domain.shared.ConflictException when the order needs no person (neither flagged nor
     *                                                           of unknown outcome)
     */
    OrderSnapshot close(Command command);

    /**
     * @param merchantTradeNo the order
     * @param note            what the operator found and decided (1 to {@value #MAX_NOTE} characters)
     */
    record Command(MerchantTradeNo merchantTradeNo, String note) {
        public Command {
            Checks.required(MerchantTradeNo.FIELD, merchantTradeNo);
            // line breaks are welcome in a note (unlike in identifiers, see Checks.text)
            note = Checks.required("note", note).strip();
            if (note.isEmpty()) {
                throw ValidationException.of("note", Checks.REQUIRED, "note is required");
            }
            if (note.length() > MAX_NOTE) {
                throw ValidationException.of("note", Checks.MAX_LENGTH, "note must be at most " + MAX_NOTE
                        + " characters");
            }
        }
    }
}
