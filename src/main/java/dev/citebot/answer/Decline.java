package dev.citebot.answer;

/**
 * Which check of {@link AnswerComposer} declined a question, in the order the checks run. Recorded beside the
 * declined answer for evaluation ({@code eval --report}); users see the refusal text only.
 */
public enum Decline {
    /** The index is empty or retrieval found no passage. */
    NO_PASSAGES,
    /** A name of the question is nowhere in the documents ({@link KeyTerms#unmentioned}). */
    NOT_MENTIONED,
    /** Too little of the question's terms, weighted by rarity, is in the documents ({@code answer.min.term.coverage}). */
    LOW_COVERAGE,
    /** No sentence was ranked, or the best one scores below {@code answer.min.score}. */
    WEAK_MATCH,
    /** The question is negated at its verb ("Who did X not call?") and the best sentence says no such thing. */
    NEGATED_AT_VERB,
    /**
     * A "how many" or "how much" question (or "what is the number of ...") whose best sentence and its neighbours
     * hold no number or quantity.
     */
    NO_COUNT,
    /** The refusal model's log-odds of "not answered here" exceed {@code answer.refusal.threshold}. */
    MODEL,
    /** An "in what year" question whose composed answer names no year, decade or century. */
    NO_YEAR,
    /**
     * A "When did / was ...?" question whose composed answer says no time at all: no digit, month or weekday, no
     * word of time and no condition or moment ("if", "once", "after ...").
     */
    NO_TIME
}
