package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountEvidenceTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "ECOWAS military chiefs are meeting in Ghana on Thursday (August 17) and Friday.",
        "The heads of state convened in Abuja on 10 August.",
        "It was signed on the 26th of July.",
        "date 2023-08-16 Russian President Vladimir Putin has called for a peaceful resolution.",
        "The form is due by 16/08/2023.",
        "The meeting was called after the leaders approved a standby force on Aug. 10."
    })
    void aDayOfTheMonthOrADateInFiguresGivesNoCount(String text) {
        assertFalse(NoAnswerModel.givesCount(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The castle was held from 1066 to 1087.",
        "On August 17 about 120 soldiers arrived.",
        "Many hundred Wagner mercenaries provide security.",
        "Several parameters are treated specially.",
        "The ferry carries forty cars.",
        "In May 2023 the plan was approved."
    })
    void aNumberOrAWordOfQuantityBesideOrWithoutADateGivesACount(String text) {
        assertTrue(NoAnswerModel.givesCount(text), text);
    }
}
