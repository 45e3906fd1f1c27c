package dev.citebot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LlmPromptsTest {

    @Test
    void theRepositorysPromptsLoadAndTellTheModelThePassagesAreUntrusted() {
        LlmPrompts prompts = LlmPrompts.load(Path.of("prompts"));
        assertTrue(prompts.system().contains("untrusted"));
        assertTrue(prompts.answer("Q?", "PASSAGES").contains("Question: Q?"));
        assertTrue(prompts.rewrite("User: hi", "and then?").contains("Last message: and then?"));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({"answer.txt,{question}", "answer.txt,{passages}", "rewrite.txt,{history}", "rewrite.txt,{question}"})
    void aPromptWithoutOneOfItsVariablesIsAStartUpErrorNamingTheFile(String file, String variable, @TempDir Path dir)
            throws IOException {
        copyPrompts(dir);
        Files.writeString(dir.resolve(file), Files.readString(dir.resolve(file)).replace(variable, "x"));
        ConfigException e = assertThrows(ConfigException.class, () -> LlmPrompts.load(dir));
        assertTrue(e.getMessage().contains(file) && e.getMessage().contains(variable), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"system.txt", "answer.txt", "rewrite.txt"})
    void anEmptyPromptIsAStartUpErrorNamingTheFileAndAMissingOneIsTheJars(String file, @TempDir Path dir)
            throws IOException {
        copyPrompts(dir);
        Files.writeString(dir.resolve(file), " \n");
        assertTrue(assertThrows(ConfigException.class, () -> LlmPrompts.load(dir)).getMessage().contains(file));
        Files.delete(dir.resolve(file));
        LlmPrompts.load(dir); // the bundled text is used
    }

    @Test
    void aQuestionThatLooksLikeAVariableIsNotFilledIn(@TempDir Path dir) throws IOException {
        copyPrompts(dir);
        Files.writeString(dir.resolve("answer.txt"), "Q: {question}\n{passages}");
        assertEquals("Q: what is {passages}?\nP", LlmPrompts.load(dir).answer("what is {passages}?", "P"));
    }

    private static void copyPrompts(Path dir) throws IOException {
        try (var files = Files.list(Path.of("prompts"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }
}
