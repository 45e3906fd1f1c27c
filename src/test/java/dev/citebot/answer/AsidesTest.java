package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AsidesTest {
    @Test
    void aValueGivenAsAnExampleOrAQuantityOfTheUsersDataIsAside() {
        assertTrue(Asides.aside("convert a unix timestamp like 1700000000 into a readable date", "1700000000"));
        assertTrue(Asides.aside("why can I put a 300 character string in a VARCHAR(50) column?", "300"));
        assertTrue(Asides.aside("how fast is a bulk insert of, say, 5000 rows?", "5000"));
        assertTrue(Asides.aside("make the script die if a required env var like DB_HOST isn't set", "DB_HOST"));
    }

    @Test
    void aToolTheUserDoesWithoutOrComparesWithIsAside() {
        assertTrue(Asides.aside("replace a substring inside a variable without piping to sed", "sed"));
        assertTrue(Asides.aside("count from 1 to 100 instead of calling seq", "seq"));
        assertTrue(Asides.aside("**/*.txt doesnt recurse in bash like it does in zsh, what do i turn on", "zsh"));
        assertTrue(Asides.aside("does bash have named arrays unlike fish?", "fish"));
    }

    @Test
    void aNameOrNumberTheQuestionAsksAboutIsNotAside() {
        assertFalse(Asides.aside("What changed in version 3.40?", "3.40"));
        assertFalse(Asides.aside("What happened in 1885?", "1885"));
        assertFalse(Asides.aside("How do I get JSON logs with a tool like structlog?", "structlog"));
        assertFalse(Asides.aside("How do I run it like Docker does?", "Docker"));
        assertFalse(Asides.aside("number rows within each group, like row_number() over partition by?", "row_number"));
        assertFalse(Asides.aside("How do I use zsh with it?", "zsh"));
    }
}
