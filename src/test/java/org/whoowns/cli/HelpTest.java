package org.whoowns.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** --help comes from the one command list, so it covers every command and every option each accepts. */
class HelpTest {

    @Test
    void helpNamesEveryCommandAndEveryOptionItAccepts() {
        String help = HelpCommand.text();
        for (Command command : Commands.ALL) {
            String name = command.name();
            assertTrue(name.isEmpty() || help.contains("whoowns " + name) || help.contains("--" + name), name);
            for (String option : command.options()) {
                assertTrue(help.contains(option), option + " of " + name);
            }
            command.help().lines().forEach(l -> assertTrue(l.length() <= 80, l));
        }
    }

    @Test
    void everyCommandIsFoundByItsName() {
        for (Command command : Commands.ALL) {
            assertTrue(Commands.named(command.name()) == command, command.name());
        }
    }
}
