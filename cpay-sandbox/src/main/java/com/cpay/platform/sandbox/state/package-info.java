/**
 * The simulator state: orders, balances, wallet addresses, KYC users; in memory, optionally saved to a JSON file.
 */
package com.cpay.platform.sandbox.state;
