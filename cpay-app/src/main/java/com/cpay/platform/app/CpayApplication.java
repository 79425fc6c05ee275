package com.cpay.platform.app;

import com.cpay.platform.app.migrations.MigrateCommand;
import io.micronaut.runtime.Micronaut;

import java.util.Arrays;

/**
 * Starts the C-Pay platform service. With no configuration: sandbox mode on port 8080, H2 database under
 * {@code ./data}, the C-Pay simulator embedded (README-app.md).
 */
public final class CpayApplication {

    private CpayApplication() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && MigrateCommand.NAME.equals(args[0])) {
            System.exit(MigrateCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        Micronaut.build(args).mainClass(CpayApplication.class).banner(false).start();
    }
}
