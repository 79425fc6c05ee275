package com.cpay.platform.adapter.persistence;

class InboxResolutionH2Test extends InboxResolutionContract {
    @Override
    Database database() {
        return Database.H2;
    }
}
