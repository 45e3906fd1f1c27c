package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import dev.citebot.support.Citebots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sentence an answer quotes from a list of names, each above what it does, is quoted with its name; an
 * option's forms, each in a paragraph of its own, are one name.
 */
class LabelledListIT {
    @Test
    void aFurtherQuotedSentenceIsQuotedWithTheNameItStandsUnder(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("strategies.txt"), """
                ## Merge strategies

                The merge command can use several strategies. Each is named after the way it joins histories.

                ort

                    This is the default merge strategy when pulling or merging one branch.

                octopus

                    This is the default merge strategy when pulling or merging more than one branch.

                ours

                    This resolves any number of heads, but the resulting tree is always that of the current branch.
                """);
        Pipeline pipeline = Citebots.pipeline(seeds, Map.of());
        Answer answer = pipeline.answerWithEvidence(
                Question.of("Which merge strategy is the default one when merging branches?")).answer();
        List<String> quotes = answer.citations().stream().map(c -> AnswerComposer.oneLine(c.quote())).toList();
        assertTrue(quotes.size() >= 2, answer.answer());
        assertTrue(quotes.contains("ort This is the default merge strategy when pulling or merging one branch."),
                answer.answer());
        assertTrue(quotes.contains("octopus This is the default merge strategy when pulling or merging more than one "
                + "branch."), answer.answer());
    }

    @Test
    void anOptionsFormsInParagraphsOfTheirOwnAreQuotedTogether(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("stash.txt"), """
                ## Options

                -u

                --include-untracked

                --no-include-untracked

                    When used with the push and save commands, all untracked files are also stashed and then
                    cleaned up.

                -k

                --keep-index

                    All changes already added to the index are left intact.
                """);
        Answer answer = Citebots.pipeline(seeds, Map.of())
                .answerWithEvidence(Question.of("How do I stash my untracked files as well?")).answer();
        assertTrue(AnswerComposer.oneLine(answer.citations().get(0).quote())
                .startsWith("-u --include-untracked --no-include-untracked When used"), answer.answer());
    }

    @Test
    void aNameThatEndsThePassageBeforeItsDescriptionIsQuotedWithIt(@TempDir Path seeds) throws IOException {
        // "octopus" fits in the first passage, its description does not: the name ends one passage, what it does
        // makes the next.
        Files.writeString(seeds.resolve("strategies.txt"), """
                ## Merge strategies

                The merge command can use several strategies, each named after the way it joins histories. The list
                below names them with what each one does.

                ort

                    This is the default merge strategy when pulling or merging one branch.

                octopus

                    This strategy resolves cases with more than two heads, and it refuses to do a complex merge that
                    needs manual resolution, because it is primarily meant to be used for bundling the heads of topic
                    branches together. This is the default merge strategy when pulling or merging more than one branch.

                ours

                    This resolves any number of heads, but the resulting tree is always that of the current branch.
                """);
        Answer answer = Citebots.pipeline(seeds, Map.of()).answerWithEvidence(
                Question.of("If I merge three branches at once, which merge strategy is used by default?")).answer();
        String first = AnswerComposer.oneLine(answer.citations().get(0).quote());
        assertTrue(first.startsWith("octopus This strategy resolves"), answer.answer());
        assertTrue(first.endsWith("more than one branch."), answer.answer());
    }

    @Test
    void aSentenceDeepInAnHtmlDefinitionIsShownUnderItsTerm(@TempDir Path seeds) throws IOException {
        // The answer is the third sentence of the second paragraph of its description: no label stands above its
        // paragraph, only the page's <dt> says what it describes.
        Files.writeString(seeds.resolve("strategies.html"), """
                <html><head><title>Merge strategies</title></head><body>
                <h2>Merge strategies</h2>
                <p>The merge command can use several strategies, each named after the way it joins histories.</p>
                <dl>
                <dt>ort</dt>
                <dd><p>This is the default merge strategy when pulling or merging one branch.</p></dd>
                <dt>octopus</dt>
                <dd><p>This resolves cases with more than two heads.</p>
                <p>It refuses to do a complex merge that needs manual resolution. It is primarily meant to be used for
                bundling topic branch heads together. This is the default merge strategy when pulling or merging
                more than one branch.</p></dd>
                <dt>ours</dt>
                <dd><p>This resolves any number of heads, but the resulting tree is always that of the current
                branch.</p></dd>
                </dl>
                <p>Each strategy can take options of its own.</p>
                </body></html>""");
        Answer answer = Citebots.pipeline(seeds, Map.of()).answerWithEvidence(
                Question.of("If I merge three branches at once, which merge strategy is used by default?")).answer();
        assertTrue(answer.answer().startsWith("octopus: This is the default merge strategy when pulling or merging"
                + " more than one branch."), answer.answer());
    }

    @Test
    void termsThatShareADescriptionAreShownTogetherAboveItsSentence(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("merge-options.html"), """
                <html><head><title>Merge options</title></head><body>
                <h2>Options</h2>
                <dl>
                <dt>--commit</dt><dt>--no-commit</dt>
                <dd><p>Perform the merge and commit the result. With --no-commit perform the merge and stop just
                before creating a merge commit.</p></dd>
                <dt>--squash</dt><dt>--no-squash</dt>
                <dd><p>Produce the working tree and index state as if a real merge happened, but do not actually make
                a commit or move the HEAD.</p>
                <p>This allows you to create a single commit on top of the current branch whose effect is the same as
                merging another branch.</p></dd>
                </dl>
                </body></html>""");
        Answer answer = Citebots.pipeline(seeds, Map.of()).answerWithEvidence(
                Question.of("How can I bring a branch in as one single commit on top of the current branch?")).answer();
        assertTrue(answer.answer().startsWith("--squash, --no-squash: This allows you to create a single commit"),
                answer.answer());
    }
}
