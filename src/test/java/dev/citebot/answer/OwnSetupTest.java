package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OwnSetupTest {
    @Test
    void aNameAfterMyOrOurInItsClauseIsTheUsersSetup() {
        assertTrue(OwnSetup.describes("My Flask app logs every line twice. How do I stop that?", "Flask"));
        assertTrue(OwnSetup.describes("How do I read the file my_notes.json that our Jenkins job writes?", "Jenkins"));
        assertTrue(OwnSetup.describes("Why does my script main.py exit at once?", "main.py"));
    }

    @Test
    void aNameInTheUsersStatementAboutThemselvesIsTheirSetup() {
        assertTrue(OwnSetup.describes("I have a server with 64GB of RAM, what should shared_buffers be?", "64GB"));
        assertTrue(OwnSetup.describes("I'm on Windows 11 and the venv will not activate. Why?", "Windows 11"));
        assertTrue(OwnSetup.describes("We run Kubernetes. Which port does the server listen on?", "Kubernetes"));
    }

    @Test
    void aNameInASentenceThatStatesBeforeTheQuestionIsTheUsersOwn() {
        assertTrue(OwnSetup.describes("error: commit abc123 is a merge but no -m option was given. what does "
                + "cherry-pick want from me here?", "abc123"));
        assertTrue(OwnSetup.describes("We put ticket ids like PROJ-1234 in our commit messages. How can I list only "
                + "the commits that mention one?", "PROJ-1234"));
    }

    @Test
    void anAbbreviationsFullStopEndsNoStatement() {
        assertFalse(OwnSetup.describes("How do I log with structlog, e.g. as JSON lines?", "structlog"));
        assertFalse(OwnSetup.describes("Compare Poetry vs. pip: which one installs faster?", "Poetry"));
    }

    @Test
    void aStatementWithNoQuestionAfterItIsNotTheUsersSetup() {
        assertFalse(OwnSetup.describes("Tell me how to use PgBouncer.", "PgBouncer"));
        assertFalse(OwnSetup.describes("Explain PgBouncer. Then the port.", "PgBouncer"));
    }

    @Test
    void aNameTheQuestionAsksAboutIsNotTheUsersSetup() {
        assertFalse(OwnSetup.describes("How do I use PgBouncer with the server?", "PgBouncer"));
        assertFalse(OwnSetup.describes("Can I set the pool size of PgBouncer for my cluster?", "PgBouncer"));
        assertFalse(OwnSetup.describes("What does pg_stat_statements record?", "pg_stat_statements"));
        assertFalse(OwnSetup.describes("My database is slow, so should I install PgBouncer?", "PgBouncer"));
        assertFalse(OwnSetup.describes("I'm new here. What does Django do?", "Django"));
        assertFalse(OwnSetup.describes("How do I switch my sound server from PulseAudio to PipeWire?", "PulseAudio"));
        assertFalse(OwnSetup.describes("I have to move our logs to Graylog, how?", "Graylog"));
        assertFalse(OwnSetup.describes("I'm trying to set up PgBouncer. Which port?", "PgBouncer"));
    }
}
