package org.whoowns.classroom.ssh;

import org.apache.sshd.server.auth.keyboard.InteractiveChallenge;
import org.apache.sshd.server.auth.keyboard.KeyboardInteractiveAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.whoowns.classroom.DrillCode;

import java.util.List;

/**
 * The only login: keyboard-interactive. A student whose SSH user name is the room code gets a challenge with
 * no prompt at all, so OpenSSH goes straight to the drill; anyone else is asked "Room code:" and asked again
 * (by their client) when it is wrong. Passwords and keys are never asked for (ssh-classroom.md §1).
 */
final class RoomCodeLogin implements KeyboardInteractiveAuthenticator {
    private final DrillCode code;

    RoomCodeLogin(DrillCode code) {
        this.code = code;
    }

    @Override
    public InteractiveChallenge generateChallenge(ServerSession session, String username, String lang,
                                                  String subMethods) {
        InteractiveChallenge challenge = new InteractiveChallenge();
        challenge.setInteractionName("");
        challenge.setLanguageTag("");
        if (matches(username)) {
            challenge.setInteractionInstruction("");
        } else {
            challenge.setInteractionInstruction("Type the room code the instructor shows.");
            challenge.addPrompt("Room code: ", true);
        }
        return challenge;
    }

    @Override
    public boolean authenticate(ServerSession session, String username, List<String> responses) {
        if (responses == null || responses.isEmpty()) {
            return matches(username);
        }
        return responses.size() == 1 && matches(responses.get(0));
    }

    private boolean matches(String typed) {
        try {
            return code.equals(DrillCode.parse(typed));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
