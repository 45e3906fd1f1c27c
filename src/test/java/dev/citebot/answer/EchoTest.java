package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EchoTest {
    @Test
    void aSentenceHoldingTheMessageTheUserQuotedEchoesIt() {
        assertTrue(Echo.of("I got 'ERROR: could not serialize access due to concurrent update'. What now?",
                "ERROR:  could not serialize access due to concurrent update"));
        assertTrue(Echo.of("Why do I see “database is not accepting commands” after a week?",
                "ERROR: database is not accepting commands to avoid wraparound data loss in database \"mydb\""));
        assertTrue(Echo.of("What does `no matching tables were found` mean?",
                "pg_dump: error: no matching tables were found"));
    }

    @Test
    void aShortQuoteAWordingNotQuotedOrAnotherMessageIsNoEcho() {
        assertFalse(Echo.of("What does 'verbose' do?", "The verbose mode prints every step."));
        assertFalse(Echo.of("Why is access not serialized under concurrent updates?",
                "ERROR: could not serialize access due to concurrent update"));
        assertFalse(Echo.of("I got 'permission denied for table users'. Why?",
                "ERROR: could not serialize access due to concurrent update"));
        assertFalse(Echo.of("Isn't it the user's job to retry?", "The user's session is closed."));
    }
}
