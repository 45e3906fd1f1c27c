package dev.citebot.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Collection names follow the rule, and a file's name as sent never becomes a path. */
class UploadNamesTest {
    private static final Set<String> TYPES = Set.of("txt", "md", "pdf");

    @ParameterizedTest
    @ValueSource(strings = {"hr", "finance-2026", "a", "0", "x-"})
    void namesOfLowerCaseLettersDigitsAndDashesAreTaken(String name) {
        assertEquals(name, CollectionNames.check(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HR", "h r", "hr_team", "../hr", "hr/x", "é", "hr.", ""})
    void otherNamesAreRefused(String name) {
        assertEquals(CollectionException.Kind.INVALID,
                assertThrows(CollectionException.class, () -> CollectionNames.check(name)).kind());
    }

    @ParameterizedTest
    @CsvSource({
            "leave policy.txt, text/plain, leave_policy.txt",
            "../../etc/passwd.txt, text/plain, passwd.txt",
            "C:\\Users\\me\\notes.md, , notes.md",
            ".hidden.txt, text/plain, hidden.txt",
            "'', text/plain, document.txt",
            "report, application/pdf; charset=binary, report.pdf",
            "Über Uns.md, , ber_Uns.md"})
    void aFileIsStoredUnderItsNameReducedToSafeCharacters(String sent, String type, String stored) {
        assertEquals(stored, FileNames.safe(sent, type, TYPES));
    }

    @ParameterizedTest
    @CsvSource({"tool.exe, application/octet-stream", "noextension, application/octet-stream", "x.txt.sh, text/plain"})
    void typesUploadsDoNotTakeAreRefused(String sent, String type) {
        assertEquals(CollectionException.Kind.UNSUPPORTED,
                assertThrows(CollectionException.class, () -> FileNames.safe(sent, type, TYPES)).kind());
    }

    @org.junit.jupiter.api.Test
    void aLongNameIsCutKeepingItsExtension() {
        String stored = FileNames.safe("a".repeat(300) + ".pdf", null, TYPES);
        assertEquals(FileNames.MAX_LENGTH, stored.length());
        assertEquals(true, stored.endsWith(".pdf"));
    }
}
