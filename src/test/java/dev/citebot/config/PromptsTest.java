package dev.citebot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptsTest {

    @Test
    void loadsEveryTemplateOfTheRepository() {
        Prompts prompts = Prompts.load(Path.of("prompts"));
        assertFalse(prompts.greeting().isBlank());
        assertFalse(prompts.refusal().isBlank());
        assertFalse(prompts.closestMatches().isBlank());
        assertTrue(prompts.notFound("FIFA").contains("FIFA"));
    }

    @Test
    void aMissingTemplateIsTheOneTheJarCarries(@TempDir Path dir) throws IOException {
        copyPrompts(dir);
        Files.delete(dir.resolve("refusal.txt"));
        assertEquals(Prompts.load(Path.of("prompts")).refusal(), Prompts.load(dir).refusal());
    }

    @Test
    void anEmptyTemplateIsAStartUpErrorNamingTheFile(@TempDir Path dir) throws IOException {
        copyPrompts(dir);
        Files.writeString(dir.resolve("greeting.txt"), "  \n");
        ConfigException e = assertThrows(ConfigException.class, () -> Prompts.load(dir));
        assertTrue(e.getMessage().contains("greeting.txt"), e.getMessage());
    }

    @Test
    void aTemplateWithoutItsVariableIsAStartUpError(@TempDir Path dir) throws IOException {
        copyPrompts(dir);
        Files.writeString(dir.resolve("not-found.txt"), "Nothing about that.");
        ConfigException e = assertThrows(ConfigException.class, () -> Prompts.load(dir));
        assertTrue(e.getMessage().contains("{terms}"), e.getMessage());
    }

    @Test
    void fillsTheMissingTermsIntoTheNotFoundMessage(@TempDir Path dir) throws IOException {
        copyPrompts(dir);
        Files.writeString(dir.resolve("not-found.txt"), "No word on {terms}.");
        assertEquals("No word on FIFA World Cup.", Prompts.load(dir).notFound("FIFA World Cup"));
    }

    @Test
    void theGreetingIsInEachShippedLanguageAndEnglishForALanguageWithoutOne(@TempDir Path dir) throws IOException {
        copyPrompts(dir);
        Files.writeString(dir.resolve("refusal.pt.txt"), "Não encontrei a resposta nos documentos.");
        Files.writeString(dir.resolve("closest-matches.pt.txt"), "Os trechos mais próximos:");
        Files.writeString(dir.resolve("not-found.pt.txt"), "Os documentos não mencionam {terms}.");
        Prompts prompts = Prompts.load(dir);
        assertTrue(prompts.in("de").greeting().startsWith("Hallo!"), prompts.in("de").greeting());
        assertTrue(prompts.in("es").greeting().startsWith("¡Hola!"), prompts.in("es").greeting());
        assertTrue(prompts.in("fr").greeting().startsWith("Bonjour"), prompts.in("fr").greeting());
        assertEquals(prompts.greeting(), prompts.in("pt").greeting());
        assertEquals("Não encontrei a resposta nos documentos.", prompts.in("pt").refusal());
    }

    private static void copyPrompts(Path dir) throws IOException {
        try (var files = Files.list(Path.of("prompts"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }
}
