/**
 * Inbound ports: one interface per thing a caller of the platform wants to do, each with a command (or query)
 * record that validates itself in its compact constructor, naming field and rule of every problem
 * ({@link com.cpay.platform.domain.shared.ValidationException}), and a result record. Decisions about
 * C-Pay's answer come back as values ({@link com.cpay.platform.domain.port.in.SubmissionOutcome}), not as
 * exceptions, because the order exists either way.
 */
package com.cpay.platform.domain.port.in;
