package org.whoowns.classroom;

import org.whoowns.quiz.Question;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a {@link Room} tells its listeners. Every event is immutable, so one instance goes to every session. */
public sealed interface RoomEvent {

    /** Who is in the room (for the instructor's lobby), in leaderboard order. */
    record Roster(List<Standing> players) implements RoomEvent {
        public Roster {
            players = List.copyOf(players);
        }
    }

    /** A question is open for answers until {@code deadline}. {@code number} counts from 1. */
    record QuestionOpened(int number, int total, Question question, Instant opened, Instant deadline)
            implements RoomEvent {
    }

    /** How many of the connected players have answered the open question (for the instructor). */
    record AnswerCount(int number, int answered, int expected) implements RoomEvent {
    }

    /**
     * A question has closed: the answer distribution, every player's answer by name (a session looks up its
     * own) and the standings after it.
     */
    record QuestionClosed(int number, Question question, Distribution distribution, Map<String, Answer> answers,
                          List<Standing> standings) implements RoomEvent {
        public QuestionClosed {
            answers = Map.copyOf(answers);
            standings = List.copyOf(standings);
        }
    }

    /** The instructor removed this player; the session should say so and end. */
    record Kicked(String name) implements RoomEvent {
    }

    /** The drill is over: the final standings. */
    record DrillOver(List<Standing> standings) implements RoomEvent {
        public DrillOver {
            standings = List.copyOf(standings);
        }
    }
}
